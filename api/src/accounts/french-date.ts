/**
 * "2020-02-11" → "11/02/2020", for labels and exports. In a file of its own so that the PDF
 * renderers, which run in worker threads, import it without the service's GraphQL and SQL stack.
 */
export const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
