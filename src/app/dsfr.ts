// Starts react-dsfr (colour scheme, its components' language) when the first DSFR component is about to load: the
// 2D pages and the 3D overlays import this module, so a visitor in 3D does not download it before the first frame.
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa'
import { useGallery } from './galleryContext.ts'

startReactDsfr({ defaultColorScheme: 'system', useLang: () => useGallery((s) => s.language) })
