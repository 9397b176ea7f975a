import { describe, expect, it } from 'vitest';
import { EMPTY_CHOICE } from './PersonChoiceFields';
import { saleErrors, saleMessages } from './SaleForm';

describe('a sale', () => {
  it('refuses no buyer chosen, a new buyer without a name or code, and no date', () => {
    expect(saleErrors({ buyer: EMPTY_CHOICE, saleDate: '', accountNumber: '' })).toEqual({ 'buyer.personId': 'records.choice.error.pick', saleDate: 'records.error.required' });
    expect(saleErrors({ buyer: { ...EMPTY_CHOICE, mode: 'new' }, saleDate: '30/06/2025', accountNumber: '' })).toEqual({
      'buyer.displayName': 'records.error.required',
      'buyer.externalId': 'records.error.required',
    });
  });

  it('says a sale before the purchase, and an account of someone else, in the console’s words', () => {
    expect(saleMessages({ saleDate: 'errors.DATE_BEFORE_START', 'buyer.accountNumber': 'errors.ACCOUNT_OF_ANOTHER_PERSON' })).toEqual({
      saleDate: 'records.sale.error.beforePurchase',
      'buyer.accountNumber': 'records.sale.error.accountOfAnother',
    });
  });
});
