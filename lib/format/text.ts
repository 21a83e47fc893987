/** For a phrase written mid-sentence that also starts one. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
