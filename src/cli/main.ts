/** Entry point of the command line, built to lib/cli.cjs by scripts/build-cli.mjs. */
import { main } from "./run";

main();
