import { createPrivateKey, createSecretKey, generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SignJWT, base64url } from "jose";
import { DEV_ISSUER, devIssuerDir } from "../../common/auth/dev-issuer";
import { InternalTokenSigner } from "../../common/auth/internal-token";
import { KEY_LAYOUT } from "../../common/auth/keys";
import { SUBGRAPH_NAMES, type SubgraphName } from "../../common/config";
import { AgencyKind, PractitionerRole, Region } from "../../common/domain";
import { testDatabases } from "../fixtures/databases";
import { postGraphQL, startTestPlatform, type TestPlatform } from "../fixtures/platform";

const CASES = "{ cases(first: 5) { edges { node { id reference subject { givenName } } } } }";

describe.each(testDatabases())("identity and bypass on $label", ({ create }) => {
  let platform: TestPlatform;
  let devKey: ReturnType<typeof createPrivateKey>;
  let internalKey: ReturnType<typeof createPrivateKey>;

  beforeAll(async () => {
    platform = await startTestPlatform(create(), { cases: 60 });
    devKey = createPrivateKey(fs.readFileSync(path.join(devIssuerDir(platform.config.auth.keysDir), "private.pem")));
    internalKey = createPrivateKey(fs.readFileSync(path.join(platform.config.auth.keysDir, KEY_LAYOUT.internal, "private.pem")));
  });
  afterAll(async () => {
    await platform?.shutdown();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const partnerToken = (overrides: { claims?: Record<string, unknown>; iss?: string; aud?: string; exp?: number | null; alg?: string; key?: Parameters<SignJWT["sign"]>[0] } = {}) => {
    let jwt = new SignJWT(overrides.claims ?? { agency: "kirklees", roles: ["CHANNEL_CHAIR"] })
      .setProtectedHeader({ alg: overrides.alg ?? "RS256" })
      .setIssuer(overrides.iss ?? DEV_ISSUER)
      .setAudience(overrides.aud ?? platform.config.auth.audience)
      .setSubject("kirklees-channel-chair")
      .setIssuedAt();
    if (overrides.exp !== null) jwt = jwt.setExpirationTime(overrides.exp ?? now() + 300);
    return jwt.sign(overrides.key ?? devKey);
  };
  const raw = (header: object, payload: object, signature = "") =>
    `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}.${signature}`;

  describe("at the gateway", () => {
    it("answers 401 UNAUTHENTICATED, with nothing resolved, without a token", async () => {
      const res = await postGraphQL(platform.gatewayUrl, CASES);
      expect(res.status).toBe(401);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    const attacks: [string, () => Promise<string>][] = [
      ["alg: none", async () => raw({ alg: "none" }, { iss: DEV_ISSUER, aud: "dovetail-graph", sub: "x", iat: now(), exp: now() + 300, agency: "kirklees", roles: ["CHANNEL_CHAIR"] })],
      [
        "HS256 signed with the issuer's RSA public key",
        () => {
          const pem = fs.readFileSync(path.join(devIssuerDir(platform.config.auth.keysDir), "public.pem"));
          return partnerToken({ alg: "HS256", key: createSecretKey(pem) });
        },
      ],
      ["a wrong issuer", () => partnerToken({ iss: "https://idp.elsewhere.example" })],
      ["a wrong audience", () => partnerToken({ aud: "another-api" })],
      ["an expired token", () => partnerToken({ exp: now() - 3600 })],
      ["a token without exp", () => partnerToken({ exp: null })],
      ["a key the issuer never had", () => partnerToken({ key: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey })],
      [
        "a tampered payload",
        async () => {
          const [header, , signature] = (await partnerToken()).split(".");
          return `${header}.${base64url.encode(JSON.stringify({ iss: DEV_ISSUER, aud: "dovetail-graph", sub: "kirklees-channel-chair", iat: now(), exp: now() + 300, agency: "kirklees", roles: ["DATA_PROTECTION_OFFICER"] }))}.${signature}`;
        },
      ],
      ["an agency that is not registered", () => partnerToken({ claims: { agency: "ministry-of-magic", roles: ["CHANNEL_CHAIR"] } })],
    ];

    it.each(attacks)("answers 401 to %s", async (_, token) => {
      const res = await postGraphQL(platform.gatewayUrl, CASES, {}, { authorization: `Bearer ${await token()}` });
      expect(res.status).toBe(401);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("answers 401 to a scheme other than Bearer", async () => {
      const res = await postGraphQL(platform.gatewayUrl, CASES, {}, { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` });
      expect(res.status).toBe(401);
    });

    it("ignores identity headers a client forges", async () => {
      const forged = { ...(await platform.as("board-member")), "x-user": "kirklees-channel-chair", "x-agency": "kirklees", "x-roles": "CHANNEL_CHAIR" };
      const res = await postGraphQL(platform.gatewayUrl, CASES, {}, forged);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ cases: null });
      expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("serves a valid token", async () => {
      const res = await postGraphQL(platform.gatewayUrl, CASES, {}, { authorization: `Bearer ${await partnerToken()}`, "x-purpose": "case review" });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });
  });

  describe("the purpose of access", () => {
    const MIXED = '{ cases(first: 2) { edges { node { id } } } agencies(kind: HOME_OFFICE) { name cases(first: 1) { id } } rolloutPhases { name } }';

    it.each([
      ["no x-purpose", null, /state why in the x-purpose header/],
      ["an unknown purpose", "curiosity", /unknown purpose "curiosity"/],
      ["a malformed case reference", "case review; case=42", /cannot read "case=42"/],
    ])("withholds personal data with PURPOSE_REQUIRED for %s; reference data still comes back", async (_, purpose, message) => {
      const res = await postGraphQL<{ cases: unknown; agencies: { name: string; cases: unknown }[]; rolloutPhases: unknown[] }>(platform.gatewayUrl, MIXED, {}, await platform.as("kirklees-channel-chair", purpose));
      expect(res.status).toBe(200);
      expect(res.body.data?.cases).toBeNull();
      expect(res.body.data?.rolloutPhases).toHaveLength(4);
      expect(res.body.data?.agencies[0]).toMatchObject({ name: expect.stringMatching(/Home Office/), cases: null });
      const codes = new Set(res.body.errors?.map((e) => e.extensions?.code));
      expect([...codes]).toEqual(["PURPOSE_REQUIRED"]);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    });

    it("accepts every listed phrase, case-insensitive, with an optional case reference", async () => {
      for (const purpose of ["panel preparation", "Case Review; case=CH-2021-00045", "SCREENING", "immigration query", "safeguarding emergency", "quality assurance"]) {
        const res = await postGraphQL(platform.gatewayUrl, MIXED, {}, await platform.as("kirklees-channel-chair", purpose));
        expect([purpose, res.body.errors]).toEqual([purpose, undefined]);
      }
    });

    it("refuses a board member by policy, not for want of a purpose", async () => {
      const res = await postGraphQL(platform.gatewayUrl, MIXED, {}, await platform.as("board-member", null));
      expect(new Set(res.body.errors?.map((e) => e.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
    });
  });

  describe("straight to a subgraph", () => {
    const principal = {
      sub: "kirklees-channel-chair",
      issuer: DEV_ISSUER,
      agencyId: "kirklees",
      agencyKind: AgencyKind.LOCAL_AUTHORITY,
      region: Region.YORKSHIRE_AND_THE_HUMBER,
      roles: [PractitionerRole.CHANNEL_CHAIR],
      grants: [],
    };
    const internalToken = (subgraph: SubgraphName, key = internalKey) =>
      new InternalTokenSigner(key, 60).sign(subgraph, { caller: { kind: "user", principal }, requestId: "bypass-test", txn: "bypass-test" });

    const ENTITIES = '{ _entities(representations: [{ __typename: "Agency", id: "kirklees" }]) { __typename } }';

    it.each(SUBGRAPH_NAMES)("%s answers 401 to a request with no internal token, even for _service and _entities", async (name) => {
      for (const query of ["{ _service { sdl } }", ENTITIES]) {
        const res = await postGraphQL(platform.subgraphUrls[name], query);
        expect(res.status).toBe(401);
        expect(res.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(res.body.data).toBeUndefined();
      }
    });

    it.each(SUBGRAPH_NAMES)("%s answers 401 to forged identity headers", async (name) => {
      const res = await postGraphQL(platform.subgraphUrls[name], "{ _service { sdl } }", {}, {
        "x-user": "kirklees-channel-chair",
        "x-user-id": "kirklees-channel-chair",
        "x-agency": "kirklees",
        "x-roles": "CHANNEL_CHAIR",
        "x-internal": "true",
      });
      expect(res.status).toBe(401);
    });

    it.each(SUBGRAPH_NAMES)("%s answers 401 to a partner's own token (meant for the gateway)", async (name) => {
      const res = await postGraphQL(platform.subgraphUrls[name], "{ _service { sdl } }", {}, await platform.as("kirklees-channel-chair"));
      expect(res.status).toBe(401);
    });

    it.each(SUBGRAPH_NAMES)("%s answers 401 to an internal token meant for another subgraph, or signed by another key", async (name) => {
      const otherName = SUBGRAPH_NAMES.find((n) => n !== name)!;
      const wrongAudience = await postGraphQL(platform.subgraphUrls[name], "{ _service { sdl } }", {}, { authorization: `Bearer ${await internalToken(otherName)}` });
      expect(wrongAudience.status).toBe(401);
      const rogue = await postGraphQL(platform.subgraphUrls[name], "{ _service { sdl } }", {}, {
        authorization: `Bearer ${await internalToken(name, generateKeyPairSync("ed25519").privateKey)}`,
      });
      expect(rogue.status).toBe(401);
    });

    it.each(SUBGRAPH_NAMES)("%s serves the gateway's own token (the control)", async (name) => {
      const res = await postGraphQL<{ _service: { sdl: string } }>(platform.subgraphUrls[name], "{ _service { sdl } }", {}, { authorization: `Bearer ${await internalToken(name)}` });
      expect(res.status).toBe(200);
      expect(res.body.data?._service.sdl).toContain("@key");
    });

    it("keeps the access profile for the gateway's service token only", async () => {
      const res = await postGraphQL(platform.subgraphUrls.agencies, '{ accessProfile(agencyId: "kirklees") { kind } }', {}, { authorization: `Bearer ${await internalToken("agencies")}` });
      expect(res.body.data).toEqual({ accessProfile: null });
      expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });
});
