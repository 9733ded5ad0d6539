/** Where "Edit this page" points for a content file: '' when the site has no edit address or the file is unknown. */
export function editUrl(editBaseUrl: string, filePath: string | undefined): string {
  return editBaseUrl && filePath ? `${editBaseUrl}${filePath}` : '';
}
