/**
 * The Sahel briefing's events (trouble-in-the-sahel.mdx) as fixed chart input: no clock, no
 * content loading. Two deliberate differences exercise more of the charts: Barsalogho carries the
 * toll of ~200 from content/data/sahel-attack-fatalities.csv, and Ber sits at 16.06, -3.36 (the
 * issue's coordinates; the briefing currently says 16.6, -2.5).
 */
import type { ContractEvent } from '../../../src/charts/events.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Countries of the briefing. */
export const sahelCountries = ['ML', 'BF', 'NE'];

/** Historical context events in briefing order. */
export const sahelEvents: ContractEvent[] = [
  { date: day('2022-07-22'), title: 'Suicide car-bomb assault on the Kati garrison near Bamako', place: { name: 'Kati', country: 'ML', lat: 12.74, lon: -8.07 }, type: 'battle', cites: ['lwj-bamako'] },
  { date: day('2024-05-01'), precision: 'month', title: 'JNIM publishes photos of a training camp in Burkina Faso', place: { name: 'Burkina Faso (location not disclosed)', country: 'BF' }, type: 'strategic-development', cites: ['lwj-training-camp'] },
  { date: day('2024-08-24'), title: 'Massacre of civilians digging defensive trenches at Barsalogho', place: { name: 'Barsalogho', country: 'BF', lat: 13.42, lon: -1.06 }, type: 'violence-against-civilians', fatalities: 200, cites: ['aj-barsalogho'] },
  { date: day('2024-09-17'), title: 'Attacks on the gendarmerie school and military airport in Bamako', place: { name: 'Bamako', country: 'ML', lat: 12.64, lon: -8.0 }, type: 'battle', fatalities: { low: 70, high: 77 }, cites: ['f24-bamako', 'isw-africa-file-2024-09-19', 'lwj-bamako'] },
  { date: day('2024-10-06'), reported: day('2024-10-08'), title: 'Suicide and ground assault on the army camp at Ber', place: { name: 'Ber', country: 'ML', lat: 16.06, lon: -3.36 }, type: 'battle', cites: ['atlas-2024-10-08'] },
  { date: day('2024-10-06'), reported: day('2024-10-08'), title: 'Rocket and mortar fire on Timbuktu airport', place: { name: 'Timbuktu', country: 'ML', lat: 16.77, lon: -3.01 }, type: 'explosion-remote-violence', cites: ['atlas-2024-10-08'] },
  { date: day('2024-10-06'), reported: day('2024-10-08'), title: 'Rocket and mortar fire on Gao airport', place: { name: 'Gao', country: 'ML', lat: 16.27, lon: -0.04 }, type: 'explosion-remote-violence', cites: ['atlas-2024-10-08'] },
];
