import "reflect-metadata";
import { runSubgraph } from "../kit/bootstrap";
import { immigrationContactsSubgraph } from "./server";

runSubgraph(immigrationContactsSubgraph);
