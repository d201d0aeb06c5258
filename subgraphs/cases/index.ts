import "reflect-metadata";
import { runSubgraph } from "../kit/bootstrap";
import { casesSubgraph } from "./server";

runSubgraph(casesSubgraph);
