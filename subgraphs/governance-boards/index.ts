import "reflect-metadata";
import { runSubgraph } from "../kit/bootstrap";
import { governanceBoardsSubgraph } from "./server";

runSubgraph(governanceBoardsSubgraph);
