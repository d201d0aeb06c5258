/** One identity provider the app offers for sign-in. */
export interface AppIssuer {
  issuer: string;
  clientId: string;
  name: string;
}

/** `GET /app-config.json`, served by the gateway: what the app needs to know at run time. */
export interface AppConfig {
  graphqlUrl: string;
  environment: "development" | "production" | "test";
  issuers: AppIssuer[];
}

export async function loadAppConfig(): Promise<AppConfig> {
  const res = await fetch("/app-config.json", { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) throw new Error(`The app's configuration could not be loaded (HTTP ${res.status}).`);
  const body = (await res.json()) as Partial<AppConfig>;
  if (typeof body.graphqlUrl !== "string" || !Array.isArray(body.issuers)) throw new Error("The app's configuration is not what it expects.");
  return { graphqlUrl: body.graphqlUrl, environment: body.environment ?? "production", issuers: body.issuers };
}
