// `npm run metrics -- --backup <file.json> [--backup <file2.json> …] --out <dir>`: writes the
// recovery metrics of one or more backups (see ./lib/metrics-cli). One line on stdout when the
// files are written, one line on stderr and a non-zero exit status when they are not.
import { runMetricsCli } from './lib/metrics-cli';

const result = await runMetricsCli(process.argv.slice(2));
(result.code === 0 ? process.stdout : process.stderr).write(`${result.message}\n`);
process.exitCode = result.code;
