import { useState } from 'react';

/** Which photo of a list is open large, with the previous and next ones (none at the ends). */
export function usePhotoViewer<T extends { id: string }>(photos: readonly T[]) {
  const [openId, setOpenId] = useState<string | null>(null);
  const index = photos.findIndex((photo) => photo.id === openId);
  const open = index >= 0 ? photos[index] : null;
  return {
    open,
    onOpen: setOpenId,
    onClose: () => setOpenId(null),
    onPrevious: index > 0 ? () => setOpenId(photos[index - 1].id) : undefined,
    onNext: index >= 0 && index < photos.length - 1 ? () => setOpenId(photos[index + 1].id) : undefined,
  };
}
