// The DSFR script the app runs, in place of react-dsfr's whole `dsfr.module` (every component, ~28 KB gzip): its
// core and the components whose behaviour the app's pages use. react-dsfr's start imports this module instead (see
// src/node/dsfrTrim.ts). A page that starts using another DSFR component with a script of its own (tabs, accordion,
// table, upload, password…) must add its module here, or that component will not respond.
import '@codegouvfr/react-dsfr/dsfr/core/core.module.js'
import { renderOnDemand } from './dsfrRenderOnDemand.ts'
// The light or dark theme follows the visitor's system setting as it changes.
import '@codegouvfr/react-dsfr/dsfr/scheme/scheme.module.js'
// The header's menu opens as a modal on small screens.
import '@codegouvfr/react-dsfr/dsfr/component/modal/modal.module.js'
import '@codegouvfr/react-dsfr/dsfr/component/header/header.module.js'
// The breadcrumb folds behind « Voir le fil d'Ariane » on small screens.
import '@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.module.js'

// Before DSFR starts (it does on the next animation frame): its render loop runs only when there is work.
renderOnDemand((window as unknown as { dsfr?: Parameters<typeof renderOnDemand>[0] }).dsfr)
