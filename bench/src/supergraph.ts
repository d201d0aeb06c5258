/** The supergraph with each subgraph's URL replaced by where the benchmark runs it. */
export function withSubgraphUrls(sdl: string, urls: Readonly<Record<string, string>>): string {
  return sdl.replace(/@join__graph\(name: "([\w-]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}
