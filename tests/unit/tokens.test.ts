import { createSecretKey, generateKeyPairSync } from "node:crypto";
import { SignJWT, base64url } from "jose";
import { Attestor } from "../../common/auth/attestation";
import { InternalTokenSigner, InternalTokenVerifier, PeerTokenSigner } from "../../common/auth/internal-token";
import { PartnerTokenVerifier } from "../../common/auth/partner-token";
import { AgencyKind, PractitionerRole, Region } from "../../common/domain";

const ISSUER = "https://idp.partner.example";
const AUDIENCE = "dovetail-graph";
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const other = generateKeyPairSync("rsa", { modulusLength: 2048 });

const verifier = new PartnerTokenVerifier({ issuers: [{ issuer: ISSUER, publicKey: rsa.publicKey }], audience: AUDIENCE, clockToleranceSeconds: 30 });

const CLAIMS = { agency: "kirklees", roles: ["CHANNEL_CHAIR"] };

function sign(options: { claims?: Record<string, unknown>; iss?: string; aud?: string; exp?: number | null; iat?: number | null; sub?: string | null; key?: Parameters<SignJWT["sign"]>[0]; alg?: string } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT(options.claims ?? CLAIMS).setProtectedHeader({ alg: options.alg ?? "RS256" }).setIssuer(options.iss ?? ISSUER).setAudience(options.aud ?? AUDIENCE);
  if (options.sub !== null) jwt = jwt.setSubject(options.sub ?? "kirklees-channel-chair");
  if (options.iat !== null) jwt = jwt.setIssuedAt(options.iat ?? now);
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? now + 600);
  return jwt.sign(options.key ?? rsa.privateKey);
}

function part(value: object): string {
  return base64url.encode(JSON.stringify(value));
}

describe("partner tokens (the JWT attack set)", () => {
  it("accepts a well-formed token and reads user, agency and roles", async () => {
    await expect(verifier.verify(await sign())).resolves.toEqual({ sub: "kirklees-channel-chair", issuer: ISSUER, agencyId: "kirklees", roles: [PractitionerRole.CHANNEL_CHAIR] });
  });

  it("remembers a verified token until it expires, and never a refused one", async () => {
    const strict = new PartnerTokenVerifier({ issuers: [{ issuer: ISSUER, publicKey: rsa.publicKey }], audience: AUDIENCE, clockToleranceSeconds: 0 });
    const token = await sign({ exp: Math.floor(Date.now() / 1000) + 1 });
    const first = await strict.verify(token);
    await expect(strict.verify(token)).resolves.toEqual(first);
    const forged = await sign({ key: other.privateKey });
    await expect(strict.verify(forged)).rejects.toThrow();
    await expect(strict.verify(forged)).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(strict.verify(token)).rejects.toThrow(/exp/);
  });

  it("tolerates small clock skew, not more", async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verifier.verify(await sign({ exp: now - 10 }))).resolves.toBeDefined();
    await expect(verifier.verify(await sign({ exp: now - 120 }))).rejects.toThrow(/exp/);
  });

  const attacks: [string, () => Promise<string>][] = [
    ["alg: none", async () => `${part({ alg: "none", typ: "JWT" })}.${part({ iss: ISSUER, aud: AUDIENCE, sub: "x", iat: 1, exp: 9_999_999_999, ...CLAIMS })}.`],
    ["HS256 signed with the RSA public key", () => sign({ alg: "HS256", key: createSecretKey(Buffer.from(rsa.publicKey.export({ type: "spki", format: "pem" }))) })],
    ["a wrong issuer", () => sign({ iss: "https://evil.example" })],
    ["the right issuer name but another key", () => sign({ key: other.privateKey })],
    ["a wrong audience", () => sign({ aud: "some-other-api" })],
    ["an expired token", () => sign({ exp: Math.floor(Date.now() / 1000) - 3600 })],
    ["a missing exp", () => sign({ exp: null })],
    ["a missing iat", () => sign({ iat: null })],
    ["a missing sub", () => sign({ sub: null })],
    ["a missing agency", () => sign({ claims: { roles: ["CHANNEL_CHAIR"] } })],
    ["no known role", () => sign({ claims: { agency: "kirklees", roles: ["SUPERUSER"] } })],
    ["garbage", async () => "not.a.jwt"],
    [
      "a tampered payload (roles raised after signing)",
      async () => {
        const [header, , signature] = (await sign()).split(".");
        return `${header}.${part({ iss: ISSUER, aud: AUDIENCE, sub: "kirklees-channel-chair", iat: 1, exp: 9_999_999_999, agency: "kirklees", roles: ["DATA_PROTECTION_OFFICER"] })}.${signature}`;
      },
    ],
  ];

  it.each(attacks)("refuses %s", async (_, token) => {
    await expect(verifier.verify(await token())).rejects.toThrow();
  });
});

describe("internal tokens (gateway to subgraph)", () => {
  const keys = generateKeyPairSync("ed25519");
  const signer = new InternalTokenSigner(keys.privateKey, 60);
  const principal = {
    sub: "kirklees-channel-chair",
    issuer: ISSUER,
    agencyId: "kirklees",
    agencyKind: AgencyKind.LOCAL_AUTHORITY,
    region: Region.YORKSHIRE_AND_THE_HUMBER,
    roles: [PractitionerRole.CHANNEL_CHAIR],
    grants: [{ partnerAgencyId: "kirklees-childrens-services", categories: ["personal" as const] }],
  };
  const identity = {
    caller: { kind: "user" as const, principal },
    requestId: "req-1",
    txn: "txn-1",
    purpose: { reason: "case review" as const, caseReference: "CH-2018-00042" },
    purposeProblem: null,
    operationName: "Caseload",
    via: null,
    deadline: Math.floor(Date.now() / 1000) + 30,
  };

  it("round-trips the verified claims, purpose, operation, the request id and the transaction", async () => {
    const token = await signer.sign("cases", identity);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases").verify(token)).resolves.toEqual(identity);
  });

  it("expires at the request's deadline, whichever subgraph and whenever it is signed", async () => {
    const verifier = (name: "cases" | "people") => new InternalTokenVerifier(keys.publicKey, name);
    const forCases = await verifier("cases").verify(await signer.sign("cases", identity));
    const forPeople = await verifier("people").verify(await signer.sign("people", identity));
    expect([forCases.deadline, forPeople.deadline]).toEqual([identity.deadline, identity.deadline]);
    // Without a request deadline (the gateway's own service calls), the signer's TTL applies.
    const { deadline: _unused, ...withoutDeadline } = identity;
    const own = await verifier("cases").verify(await signer.sign("cases", withoutDeadline));
    expect(own.deadline).toBe(signer.deadline());
  });

  it("is refused by another subgraph (audience)", async () => {
    const token = await signer.sign("people", identity);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases").verify(token)).rejects.toThrow(/aud/);
  });

  it("is refused when signed by another key, or expired", async () => {
    const rogue = new InternalTokenSigner(generateKeyPairSync("ed25519").privateKey, 60);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases").verify(await rogue.sign("cases", identity))).rejects.toThrow();
    const expired = await new SignJWT({ rid: "r", txn: "t", svc: "gateway" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("dovetail-gateway")
      .setAudience("dovetail-subgraph:cases")
      .setSubject("service:gateway")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(keys.privateKey);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases").verify(expired)).rejects.toThrow();
  });

  it("is refused when its claims are malformed, even if signed", async () => {
    const odd = await new SignJWT({ agency: "kirklees", roles: ["GOD_MODE"], akind: "LOCAL_AUTHORITY", region: "LONDON", grants: [], piss: "x", rid: "r", txn: "t" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("dovetail-gateway")
      .setAudience("dovetail-subgraph:cases")
      .setSubject("someone")
      .setIssuedAt()
      .setExpirationTime("60s")
      .sign(keys.privateKey);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases").verify(odd)).rejects.toThrow(/malformed/);
  });
});

describe("peer tokens (subgraph to subgraph, on the caller's behalf)", () => {
  const keys = generateKeyPairSync("ed25519");
  const secret = Buffer.from("s".repeat(32));
  const principal = {
    sub: "kirklees-channel-chair",
    issuer: ISSUER,
    agencyId: "kirklees",
    agencyKind: AgencyKind.LOCAL_AUTHORITY,
    region: Region.YORKSHIRE_AND_THE_HUMBER,
    roles: [PractitionerRole.CHANNEL_CHAIR],
    grants: [],
  };
  const identity = {
    caller: { kind: "user" as const, principal },
    requestId: "r",
    txn: "t",
    purpose: { reason: "immigration query" as const },
    purposeProblem: null,
    operationName: "Raise",
    deadline: Math.floor(Date.now() / 1000) + 10,
  };

  it("carries the identity and says which subgraph called", async () => {
    const token = await new PeerTokenSigner(secret, "immigration-contacts").sign("cases", identity);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases", secret).verify(token)).resolves.toEqual({ ...identity, via: "immigration-contacts" });
  });

  it("never outlives the request it was made for", async () => {
    // The peer signer's own TTL (30 s) is longer than what is left of the request (10 s).
    const token = await new PeerTokenSigner(secret, "immigration-contacts", 30).sign("cases", identity);
    expect((await new InternalTokenVerifier(keys.publicKey, "cases", secret).verify(token)).deadline).toBe(identity.deadline);
  });

  it("is refused without the shared secret, with another secret, for another audience, or from itself", async () => {
    const token = await new PeerTokenSigner(secret, "immigration-contacts").sign("cases", identity);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases").verify(token)).rejects.toThrow();
    await expect(new InternalTokenVerifier(keys.publicKey, "cases", Buffer.from("x".repeat(32))).verify(token)).rejects.toThrow();
    await expect(new InternalTokenVerifier(keys.publicKey, "people", secret).verify(token)).rejects.toThrow(/aud/);
    const self = await new PeerTokenSigner(secret, "cases").sign("cases", identity);
    await expect(new InternalTokenVerifier(keys.publicKey, "cases", secret).verify(self)).rejects.toThrow(/unknown peer/);
  });
});

describe("relationship attestations", () => {
  const attestor = new Attestor(Buffer.from("a".repeat(32)));

  it("grant what they name for one request and one row only", () => {
    const token = attestor.attest("txn-1", "Person", "p-1", ["personal"])!;
    expect([...attestor.verify(token, "txn-1", "Person", "p-1")]).toEqual(["personal"]);
    expect(attestor.verify(token, "txn-2", "Person", "p-1").size).toBe(0);
    expect(attestor.verify(token, "txn-1", "Person", "p-2").size).toBe(0);
    expect(attestor.verify(token.replace("personal", "restricted.ctRisk"), "txn-1", "Person", "p-1").size).toBe(0);
    expect(new Attestor(Buffer.from("b".repeat(32))).verify(token, "txn-1", "Person", "p-1").size).toBe(0);
    expect(attestor.attest("txn-1", "Person", "p-1", [])).toBeNull();
    expect(attestor.verify(undefined, "txn-1", "Person", "p-1").size).toBe(0);
  });
});

describe("partner tokens from a JWKS endpoint", () => {
  it("verifies with the issuer's published key set and refuses a key not in it", async () => {
    const http = await import("node:http");
    const { exportJWK } = await import("jose");
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = { ...(await exportJWK(ec.publicKey)), kid: "k1", alg: "ES256", use: "sig" };
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const jwks = new PartnerTokenVerifier({
        issuers: [{ issuer: "https://idp.jwks.example", jwksUri: `http://127.0.0.1:${port}/jwks.json`, algorithms: ["ES256"] }],
        audience: AUDIENCE,
        clockToleranceSeconds: 30,
      });
      const token = (key: Parameters<SignJWT["sign"]>[0]) =>
        new SignJWT(CLAIMS).setProtectedHeader({ alg: "ES256", kid: "k1" }).setIssuer("https://idp.jwks.example").setAudience(AUDIENCE).setSubject("u1").setIssuedAt().setExpirationTime("5m").sign(key);
      await expect(jwks.verify(await token(ec.privateKey))).resolves.toMatchObject({ sub: "u1", agencyId: "kirklees" });
      await expect(jwks.verify(await token(generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey))).rejects.toThrow();
      // RS256 is allowed in general, but not for this issuer.
      const rs = await new SignJWT(CLAIMS).setProtectedHeader({ alg: "RS256", kid: "k1" }).setIssuer("https://idp.jwks.example").setAudience(AUDIENCE).setSubject("u1").setIssuedAt().setExpirationTime("5m").sign(rsa.privateKey);
      await expect(jwks.verify(rs)).rejects.toThrow();
    } finally {
      server.close();
    }
  });
});
