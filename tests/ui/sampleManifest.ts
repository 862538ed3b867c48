import { parseManifest, type Manifest, type ManifestInput } from '../../src/manifest/index.ts'

/** A small but complete exhibition for tests of the 2D views and the store; parsed so defaults are filled. */
export const sampleInput: ManifestInput = {
  schemaVersion: 1,
  exhibition: {
    id: 'expo',
    title: { fr: 'Exposition de démonstration', en: 'Demonstration exhibition' },
    subtitle: { fr: 'Quatrième promotion', en: 'Fourth class' },
    promotion: { name: 'EIG 4', number: 4 },
    dates: { start: '2021-06-17', end: '2021-06-24', timezone: 'Europe/Paris' },
    organiser: { name: 'Programme EIG', url: 'https://eig.etalab.gouv.fr' },
    credits: [{ text: { fr: 'Photos : équipe EIG', en: 'Photos: EIG team' }, url: 'https://example.org/credits' }],
    licence: { name: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence' },
    programme: [
      {
        id: 'table-ronde',
        title: { fr: 'Table ronde', en: 'Round table' },
        kind: 'round-table',
        start: '2021-06-17T12:00:00Z',
        end: '2021-06-17T13:00:00Z',
        room: 'auditorium',
        recording: 'table-ronde-rec',
      },
    ],
  },
  rooms: [
    { id: 'accueil', title: { fr: 'Accueil', en: 'Lobby' }, kind: 'lobby' },
    { id: 'donnees', title: { fr: 'Données', en: 'Data' }, kind: 'themed', stands: ['adex', 'datafisc'] },
    { id: 'sante', title: { fr: 'Santé', en: 'Health' }, kind: 'themed', stands: ['medic'] },
    { id: 'auditorium', title: 'Auditorium', kind: 'auditorium' },
  ],
  defis: [
    {
      id: 'adex',
      title: 'ADEX',
      pitch: { fr: 'Prévenir les conflits d’intérêts', en: 'Preventing conflicts of interest' },
      description: {
        fr: 'Un **outil** pour *croiser* les déclarations.\n\n- premier point\n- second point\n\nVoir [le code](https://gitlab.com/adex).',
      },
      administration: { name: 'Haute Autorité de Santé', website: 'https://www.has-sante.fr' },
      city: 'Saint-Denis',
      team: [{ name: 'Anne Exemple', role: { fr: 'Développeuse', en: 'Developer' } }],
      mentors: [{ name: 'Marc Mentor' }],
      keyFigures: [{ value: 1288000, label: { fr: 'déclarations analysées', en: 'declarations analysed' } }],
      deliverables: [{ title: 'Code source', kind: 'source-code', url: 'https://gitlab.com/adex' }],
      media: {
        mp4: 'demo/expo/adex/restitution.mp4',
        poster: { src: 'demo/expo/adex/poster.jpg', alt: 'Carte titre d’ADEX' },
        captions: [{ lang: 'fr', src: 'demo/expo/adex/captions.fr.vtt' }],
        durationSeconds: 12,
      },
      status: 'approved',
    },
    {
      id: 'datafisc',
      title: 'DataFisc',
      pitch: 'Lutter contre la fraude',
      administration: { name: 'DGFiP' },
      status: 'approved',
    },
    {
      id: 'medic',
      title: 'Medic',
      pitch: 'Mieux soigner',
      administration: { name: 'Ministère de la Santé' },
      status: 'approved',
    },
  ],
  recordings: [
    {
      id: 'table-ronde-rec',
      title: { fr: 'Table ronde : la donnée publique', en: 'Round table: public data' },
      kind: 'round-table',
      moderator: { name: 'Léa Modératrice' },
      speakers: [{ name: 'Paul Orateur', role: { fr: 'Directeur', en: 'Director' } }],
      media: { mp4: 'demo/expo/table-ronde/restitution.mp4' },
    },
  ],
}

/** Parses the sample; throws with the validator's messages if the sample ever drifts from the schema. */
export function sampleManifest(overrides: (input: ManifestInput) => ManifestInput = (i) => i): Manifest {
  const result = parseManifest(overrides(structuredClone(sampleInput)))
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2))
  return result.manifest
}
