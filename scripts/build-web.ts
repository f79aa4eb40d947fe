import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { build } from "esbuild";
import { compile, Logger, NodePackageImporter } from "sass";
import { projectRoot } from "../lib/config/project";
import { webRoot } from "../lib/config/env";
import { scriptArgs } from "../lib/config/argv";

/**
 * The browser side of `npm run build`: bundles the dashboard, the staff workspace and the explorer's start script with
 * esbuild, and copies the pages, styles and GraphiQL's UMD builds (from node_modules, so nothing is
 * fetched from a CDN) into dist/web, which the gateway serves.
 */
const USAGE = `Usage: node dist/scripts/build-web.js (run by npm run build)

Bundles the dashboard, the workspace and the explorer and compiles the styles into dist/web. No options but --help, -h.`;

async function main(): Promise<void> {
  scriptArgs(USAGE, { options: {} });
  const out = webRoot();
  const explorerOut = join(out, "explorer");
  const dashboardOut = join(out, "dashboard");
  mkdirSync(join(explorerOut, "vendor"), { recursive: true });
  mkdirSync(dashboardOut, { recursive: true });
  const workspaceOut = join(out, "workspace");
  mkdirSync(workspaceOut, { recursive: true });

  await build({
    entryPoints: {
      [join(dashboardOut, "dashboard")]: join(projectRoot, "dashboard", "src", "main.ts"),
      [join(explorerOut, "explorer")]: join(projectRoot, "explorer", "src", "main.ts"),
      [join(workspaceOut, "workspace")]: join(projectRoot, "workspace", "src", "main.ts"),
    },
    outdir: "/",
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "iife",
    target: "es2020",
    logLevel: "warning",
  });

  const copy = (from: string, to: string): void => copyFileSync(join(projectRoot, from), to);
  copy("dashboard/index.html", join(dashboardOut, "index.html"));
  copy("dashboard/dashboard.css", join(dashboardOut, "dashboard.css"));
  copy("workspace/index.html", join(workspaceOut, "index.html"));
  copy("workspace/workspace.css", join(workspaceOut, "workspace.css"));
  copy("explorer/index.html", join(explorerOut, "index.html"));
  copy("explorer/explorer.css", join(explorerOut, "explorer.css"));
  copy("node_modules/react/umd/react.production.min.js", join(explorerOut, "vendor", "react.production.min.js"));
  copy("node_modules/react-dom/umd/react-dom.production.min.js", join(explorerOut, "vendor", "react-dom.production.min.js"));
  copy("node_modules/graphiql/graphiql.min.js", join(explorerOut, "vendor", "graphiql.min.js"));
  copy("node_modules/graphiql/graphiql.min.css", join(explorerOut, "vendor", "graphiql.min.css"));

  buildDesignSystemAssets(join(out, "assets"));

  // The explorer opens with one tab per example operation, in file-name order.
  const examplesDir = join(projectRoot, "examples");
  const examples = readdirSync(examplesDir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ name: basename(file, ".graphql"), query: readFileSync(join(examplesDir, file), "utf8") }));
  writeFileSync(join(explorerOut, "examples.json"), JSON.stringify(examples));
}

/**
 * The GOV.UK Design System (govuk-frontend) and MOJ Frontend for the pages staff use: web/styles/app.scss
 * compiled with this service's settings into assets/app.css, and the packages' images (the CSS asks
 * for /assets/images/...). Their scripts are bundled into each page's own bundle by esbuild (import
 * from "govuk-frontend"). All from node_modules: no CDN.
 */
function buildDesignSystemAssets(assets: string): void {
  mkdirSync(join(assets, "images"), { recursive: true });
  const css = compile(join(projectRoot, "web", "styles", "app.scss"), {
    style: "compressed",
    importers: [new NodePackageImporter(projectRoot)],
    // MOJ Frontend forwards GOV.UK Frontend by its path under node_modules.
    loadPaths: [projectRoot],
    // The packages' own deprecation notices are theirs to fix, not build noise here.
    quietDeps: true,
    logger: Logger.silent,
  }).css;
  writeFileSync(join(assets, "app.css"), css);
  const govuk = join(projectRoot, "node_modules", "govuk-frontend", "dist", "govuk");
  const moj = join(projectRoot, "node_modules", "@ministryofjustice", "frontend", "moj");
  cpSync(join(govuk, "assets", "images"), join(assets, "images"), { recursive: true });
  cpSync(join(moj, "assets", "images"), join(assets, "images"), { recursive: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`building the web pages failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
