/** The value after `--name` on a script's command line (`npm run x -- --name value`), if given. */
export function option(name: string, argv: readonly string[] = process.argv): string | undefined {
  const index = argv.indexOf(`--${name}`);
  return index > 0 ? argv[index + 1] : undefined;
}
