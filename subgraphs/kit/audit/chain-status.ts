import type { DataSource } from "typeorm";
import { serviceLogger } from "../../../common/logger";
import { verifyChain, type ChainReport } from "./verify";

/** One verification of a subgraph's chain, as the data protection officer's chain status shows it. */
export interface ChainVerification extends ChainReport {
  subgraph: string;
  startedAt: Date;
  finishedAt: Date;
}

/** Records checked between two turns of the event loop: a few milliseconds of hashing each. */
export const VERIFY_PAGE = 100;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Verifies this subgraph's audit chain on demand (`auditChainReport`), on a live service: in
 * pages, yielding to the event loop between them (SQLite's driver is synchronous, so without the
 * pause a long chain would hold every other request), and one run at a time in the process: a
 * request that arrives while a run is under way waits for that run's report instead of starting
 * another.
 */
export class ChainStatusService {
  private running: Promise<ChainVerification> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    readonly subgraph: string,
    private readonly pageSize = VERIFY_PAGE,
  ) {}

  verify(requestId: string): Promise<ChainVerification> {
    if (this.running) return this.running;
    const run = this.run(requestId).finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async run(requestId: string): Promise<ChainVerification> {
    const startedAt = new Date();
    const report = await verifyChain(this.dataSource, { pageSize: this.pageSize, pause: nextTurn });
    const finishedAt = new Date();
    const log = serviceLogger(this.subgraph);
    const fields = { requestId, records: report.records, ms: finishedAt.getTime() - startedAt.getTime() };
    if (report.intact) log.info(fields, "audit chain verified: intact");
    else log.error({ ...fields, firstBroken: report.firstBroken }, "audit chain verified: BROKEN");
    return { subgraph: this.subgraph, ...report, startedAt, finishedAt };
  }
}
