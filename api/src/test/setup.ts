process.env.PALIER_SILENT = '1';
