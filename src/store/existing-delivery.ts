import type { Delivery, DeliveryPlan } from "./store.ts";

/** The delivery already recorded under a plan's key: its creator's own after a retried commit. */
export function existingDelivery(
  delivery: Delivery,
  plan: DeliveryPlan,
): { delivery: Delivery; created: boolean } {
  const own =
    plan.lease !== undefined &&
    delivery.status === "pending" &&
    delivery.lease?.owner === plan.lease.owner;
  return { delivery, created: own };
}
