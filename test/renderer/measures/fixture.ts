// A small scenario with one measure of every type (and a cut by amount), valid under the schema.
import type { Scenario } from '../../../shared/scenario/schema';

export function measuresFixture(): Scenario {
  return {
    format: 'vitale-coalitie-scenario',
    version: 2,
    title: 'Maatregelen test',
    baseYear: 2020,
    horizon: { from: 2020, to: 2023 },
    indexation: { wage: { '2021': 0.02, '2022': 0.0113 }, price: { '2021': 0.01 } },
    lines: [
      { id: 'bibliotheek', name: 'Bibliotheek', kind: 'subsidy', group: 'Vitale Coalitie', amount: 400000, wageShare: 0.8 },
      { id: 'welzijn', name: 'Welzijnsorganisatie', kind: 'subsidy', group: 'Vitale Coalitie', amount: 600000, wageShare: 0.7 },
      { id: 'begeleiding', name: 'Wmo-begeleiding individueel', kind: 'individual', group: 'Wmo', volume: 500, unitCost: 9000, volumeGrowth: 0.02 },
      { id: 'huiskamers', name: 'Huiskamers in de wijk', kind: 'collective', volume: 100, unitCost: 2000 },
    ],
    measures: [
      { id: 'korting', name: 'Korting Vitale Coalitie', type: 'cut', groups: ['Vitale Coalitie'], rate: 0.2, phaseIn: { '2021': 0, '2022': 0.5, '2023': 1 } },
      { id: 'verschuiving', name: 'Naar huiskamers', type: 'shift', from: 'begeleiding', to: 'huiskamers', share: { '2020': 0.05, '2023': 0.2 } },
      { id: 'formatie', name: 'Extra formatie', type: 'fixed', amounts: { '2022': -38000 } },
      { id: 'preventie', name: 'Preventie', type: 'volumeChange', groups: ['Wmo'], rate: -0.05 },
      { id: 'inkoop', name: 'Inkoop', type: 'unitCostChange', lines: ['begeleiding'], rate: -0.03, enabled: false },
      { id: 'jeugdpunt', name: 'Jeugd-Punt', type: 'cut', lines: ['welzijn'], amount: 30000 },
    ],
    target: { '2020': 500000, '2023': 2000000 },
  };
}
