/**
 * Starts GraphiQL from the UMD builds the page loads before this script (React, ReactDOM, GraphiQL:
 * copied from node_modules at build time, so the explorer works without the internet), with one tab
 * per example operation (examples.json, written by the build from examples/*.graphql).
 */

interface ExampleOperation {
  /** The file's name without .graphql, e.g. "regional-adoption-agency". */
  name: string;
  query: string;
}

// The globals the UMD builds define; only what this script uses is typed.
type ReactNode = object;
declare const React: { createElement(type: unknown, props: Record<string, unknown>): ReactNode };
declare const ReactDOM: { createRoot(element: Element): { render(node: ReactNode): void } };
declare const GraphiQL: { createFetcher(options: { url: string }): unknown };

async function main(): Promise<void> {
  const container = document.getElementById("graphiql");
  if (!container) throw new Error("the page has no #graphiql element");
  const response = await fetch("/explorer/examples.json");
  const examples = (await response.json()) as ExampleOperation[];
  const root = ReactDOM.createRoot(container);
  root.render(
    React.createElement(GraphiQL, {
      // Same origin, JSON POSTs: Apollo's CSRF prevention lets them through; add an Authorization
      // header in the Headers tab to act as a signed-in user.
      fetcher: GraphiQL.createFetcher({ url: "/graphql" }),
      defaultTabs: examples.map((example) => ({ query: example.query })),
      defaultEditorToolsVisibility: true,
    }),
  );
}

main().catch((error: unknown) => {
  document.body.textContent = `The explorer could not start: ${error instanceof Error ? error.message : String(error)}`;
});
