import "reflect-metadata";
import { runSubgraph } from "../kit/bootstrap";
import { peopleSubgraph } from "./server";

runSubgraph(peopleSubgraph);
