/**
 * The config keys of the frontend's API extension, read from the source with
 * the TypeScript compiler API: the property names of `configSchema` in the
 * `ApiBlueprint.make(...)` / `makeWithOverrides(...)` call. (Importing the
 * plugin itself needs a browser; its extension table is imported instead.)
 */
import fs from 'node:fs';
import ts from 'typescript';

export type ApiExtension = { id: string; configKeys: string[] };

/** `api:<pluginId>[/<name>]` and config keys of each ApiBlueprint in the file. */
export function apiExtensions(file: string, pluginId: string): ApiExtension[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: ApiExtension[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      /^ApiBlueprint\.make(WithOverrides)?$/.test(
        node.expression.getText(source),
      )
    ) {
      const [options] = node.arguments;
      const property = (name: string) =>
        options && ts.isObjectLiteralExpression(options)
          ? options.properties
              .filter(ts.isPropertyAssignment)
              .find(p => p.name.getText(source) === name)?.initializer
          : undefined;
      const name = property('name');
      const schema = property('configSchema');
      found.push({
        id: `api:${pluginId}${
          name && ts.isStringLiteral(name) ? `/${name.text}` : ''
        }`,
        configKeys:
          schema && ts.isObjectLiteralExpression(schema)
            ? schema.properties.map(p => p.name!.getText(source))
            : [],
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
