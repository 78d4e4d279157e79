// PLOVER's event types and quad classes, and the colours the charts give them.

export const QUADS = [
  { key: "verbal_cooperation", label: "verbal cooperation", colour: "#56b4e9" },
  { key: "material_cooperation", label: "material cooperation", colour: "#0072b2" },
  { key: "verbal_conflict", label: "verbal conflict", colour: "#e69f00" },
  { key: "material_conflict", label: "material conflict", colour: "#d55e00" },
];

export const TYPES = {
  verbal_cooperation: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"],
  material_cooperation: ["COOPERATE", "AID", "RETREAT"],
  verbal_conflict: ["REQUEST", "ACCUSE", "REJECT", "THREATEN"],
  material_conflict: ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
};

export function quadOf(type) {
  for (const [quad, types] of Object.entries(TYPES)) {
    if (types.includes(type) || quad === type) return quad;
  }
  return null;
}

export function colourOf(quad) {
  const found = QUADS.find((q) => q.key === quad);
  return found ? found.colour : "#888888";
}

export function labelOf(quad) {
  const found = QUADS.find((q) => q.key === quad);
  return found ? found.label : quad;
}
