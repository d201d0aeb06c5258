import "reflect-metadata";
import { runSubgraph } from "../kit/bootstrap";
import { agenciesSubgraph } from "./server";

runSubgraph(agenciesSubgraph);
