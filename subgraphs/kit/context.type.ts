/** What every subgraph resolver receives: services (stateless, per process) and loaders (per request). */
export interface SubgraphContext<TServices, TLoaders> {
  requestId: string;
  services: TServices;
  loaders: TLoaders;
}
