export * from './agency';
export * from './identity';
export * from './portfolio';
export * from './leasing';
export * from './accounts';
export * from './ledger-reports';
export * from './documents';
export * from './photos';
