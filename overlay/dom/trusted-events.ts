/**
 * Our UI only acts on clicks the person really made: a page script can dispatch synthetic
 * clicks on our shadow DOM (clickjacking of in-page extension UI, DEF CON 33).
 */
export function onTrustedClick<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
