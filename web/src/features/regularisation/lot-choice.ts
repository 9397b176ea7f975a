/**
 * The manual's first frames ("Cadre Propriétaire", "Cadre Immeuble", "Cadre Lot"): an owner, then
 * one of their buildings, then one of their lots there; each choice narrows the next. Pure, so the
 * narrowing is tested without a screen.
 */
export type OwnedLot = { id: string; code: string; type: string; building: { id: string; code: string; name: string } | null };

export type Option = { value: string; label: string };

/** The buildings where the owner holds a lot under mandate, each once, by code. */
export function buildingOptions(lots: readonly OwnedLot[]): Option[] {
  const buildings = new Map<string, Option>();
  for (const lot of lots) if (lot.building) buildings.set(lot.building.id, { value: lot.building.id, label: `${lot.building.code} – ${lot.building.name}` });
  return [...buildings.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** The owner's lots in that building, by code. */
export function lotOptions(lots: readonly OwnedLot[], buildingId: string): Option[] {
  return lots
    .filter((lot) => lot.building?.id === buildingId)
    .map((lot) => ({ value: lot.id, label: `${lot.code} (${lot.type})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/**
 * The choice after one frame changed: a later frame keeps its value while it is still offered,
 * otherwise it takes the first option (an owner with one building and one lot is two choices less).
 */
export function narrowed(lots: readonly OwnedLot[], buildingId: string, lotId: string): { buildingId: string; lotId: string } {
  const buildings = buildingOptions(lots);
  const building = buildings.some((option) => option.value === buildingId) ? buildingId : (buildings[0]?.value ?? '');
  const offered = lotOptions(lots, building);
  return { buildingId: building, lotId: offered.some((option) => option.value === lotId) ? lotId : (offered[0]?.value ?? '') };
}
