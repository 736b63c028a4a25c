/**
 * JSON for an inline data `<script>` (JSON-LD in the head, the search page's
 * concepts): `<` escaped so no text can close the script.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
