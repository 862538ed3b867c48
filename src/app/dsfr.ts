// Starts react-dsfr (colour scheme, its components' language) when the first DSFR component is about to load: the
// 2D pages and the 3D overlays import this module, so a visitor in 3D downloads neither it nor DSFR's stylesheet
// (~90 KB gzip, and its fonts) before the first frame. The lazy import resolves once the stylesheet has loaded, so
// no 2D page ever shows unstyled.
import './dsfr.css'
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa'
import { selectLanguage } from '../store/selectors.ts'
import { useGallery } from '../ui/galleryContext.ts'

startReactDsfr({ defaultColorScheme: 'system', useLang: () => useGallery(selectLanguage) })
