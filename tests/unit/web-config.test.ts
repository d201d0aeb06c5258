import path from "node:path";
import { loadConfig } from "../../common/config";

describe("the web app's settings", () => {
  it("defaults: the public address follows the bound port, the build is web/dist, tokens live 10 minutes", () => {
    const config = loadConfig({});
    expect(config.web).toEqual({ publicUrl: null, distDir: path.resolve("web/dist") });
    expect(config.auth.devTokenTtlSeconds).toBe(600);
  });

  it("takes PUBLIC_URL as an origin, and refuses one with a path, a query or another scheme", () => {
    expect(loadConfig({ PUBLIC_URL: "https://dovetail.example.org/" }).web.publicUrl).toBe("https://dovetail.example.org");
    expect(loadConfig({ PUBLIC_URL: "http://127.0.0.1:8080" }).web.publicUrl).toBe("http://127.0.0.1:8080");
    for (const bad of ["https://dovetail.example.org/app", "https://dovetail.example.org/?x=1", "ftp://dovetail.example.org", "dovetail.example.org"]) {
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
    }
  });

  it("lets an AUTH_ISSUERS entry name the web app's client id and a label, only on an issuer URL", () => {
    const issuers = [{ issuer: "https://login.partner.example", jwksUri: "https://login.partner.example/jwks", clientId: "dovetail-web", name: "Partner sign-in" }];
    expect(loadConfig({ AUTH_ISSUERS: JSON.stringify(issuers) }).auth.issuers).toEqual(issuers);
    expect(() => loadConfig({ AUTH_ISSUERS: JSON.stringify([{ issuer: "urn:partner", publicKeyFile: "k.pem", clientId: "x" }]) })).toThrow(/AUTH_ISSUERS: .*clientId must be an http\(s\) URL/);
    expect(() => loadConfig({ AUTH_ISSUERS: JSON.stringify([{ ...issuers[0], secret: "x" }]) })).toThrow(/AUTH_ISSUERS/);
  });

  it("keeps the development provider's token lifetime within bounds", () => {
    expect(loadConfig({ AUTH_DEV_TOKEN_TTL_SECONDS: "120" }).auth.devTokenTtlSeconds).toBe(120);
    expect(() => loadConfig({ AUTH_DEV_TOKEN_TTL_SECONDS: "5" })).toThrow(/AUTH_DEV_TOKEN_TTL_SECONDS/);
  });
});
