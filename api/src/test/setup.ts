process.env.PALIER_SILENT = '1';
// The harness reads statement counts from the response header, which only this flag turns on.
process.env.PALIER_EXPOSE_SQL_COUNT = '1';
process.env.CURSOR_SECRET = 'test-cursor-secret';
