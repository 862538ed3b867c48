import type { Language } from '../../manifest/fields.ts'
import { AuditPanel } from './AuditPanel.tsx'
import { DefiEditor } from './DefiEditor.tsx'
import type { DraftSession } from './draftSession.ts'
import { ProgrammePanel } from './ProgrammePanel.tsx'
import { PublishPanel } from './PublishPanel.tsx'
import { ReviewPanel } from './ReviewPanel.tsx'
import { RoomsPanel } from './RoomsPanel.tsx'
import { SettingsPanel } from './SettingsPanel.tsx'
import type { Tab } from './route.ts'
import { StandsBoard } from './StandsBoard.tsx'
import { VersionsPanel } from './VersionsPanel.tsx'

/** The section of an exhibition the organiser is in. */
export function Section(props: {
  lang: Language
  id: string
  tab: Tab
  session: DraftSession
  navigate: (path: string) => void
}) {
  const { lang, id, session } = props
  switch (props.tab) {
    case 'settings':
      return <SettingsPanel lang={lang} session={session} />
    case 'rooms':
      return <RoomsPanel lang={lang} session={session} />
    case 'stands':
      return <StandsBoard lang={lang} session={session} />
    case 'defis':
      return <DefiEditor lang={lang} id={id} session={session} />
    case 'review':
      return <ReviewPanel lang={lang} session={session} />
    case 'programme':
      return <ProgrammePanel lang={lang} session={session} />
    case 'versions':
      return <VersionsPanel lang={lang} id={id} session={session} />
    case 'audit':
      return <AuditPanel lang={lang} id={id} />
    case 'publish':
      return <PublishPanel lang={lang} id={id} session={session} navigate={props.navigate} />
  }
}
