/**
 * The media types of the reference files, which neither nginx's nor most hosts' type tables
 * know: the page links declare them, and the server configuration sends them.
 */
export const RIS_MEDIA_TYPE = 'application/x-research-info-systems';
export const CSL_JSON_MEDIA_TYPE = 'application/vnd.citationstyles.csl+json';
