/**
 * The one guard for our buttons: act only on events the person really made. A page script
 * can dispatch synthetic clicks and keys on our UI (clickjacking of in-page extension UI,
 * DEF CON 33); those have `isTrusted === false`.
 *
 * ```tsx
 * <button onClick={trusted(() => stop())}>Arrêter</button>
 * ```
 */
export function trusted<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
