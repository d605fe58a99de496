// The shop: the pasted token checked live (setup.shop.connect stores it only when it works).
import type { ShopSlice, SliceCreator } from './types';

const idle = { busy: false, shop: null, problem: null };

export const createShopSlice: SliceCreator<ShopSlice> = (set, get, { client }) => ({
  shopCheck: idle,
  async connectShop(token) {
    set({ shopCheck: { busy: true, shop: null, problem: null } });
    const reply = await client.call('setup.shop.connect', { token });
    if (!reply.ok) {
      set({ shopCheck: { busy: false, shop: null, problem: reply.error.message } });
      return false;
    }
    const check = reply.result;
    set({
      shopCheck: check.ok
        ? { busy: false, shop: check.shop, problem: null }
        : { busy: false, shop: null, problem: check.problem.message },
    });
    if (check.ok) await get().loadSetup();
    return check.ok;
  },
  resetShopCheck() {
    set({ shopCheck: idle });
  },
});
