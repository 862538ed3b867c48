import { useState, type FormEvent } from 'react'
import type { Language } from '../../manifest/fields.ts'
import { curateApi } from './api.ts'
import { tc } from './strings.ts'

/** The organisers' sign-in form. */
export function SignIn({ lang, onSignedIn }: { lang: Language; onSignedIn: (o: { email: string }) => void }) {
  const [refused, setRefused] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    try {
      await curateApi.login(String(data.get('email')), String(data.get('password')))
      const organiser = await curateApi.session()
      if (organiser) onSignedIn(organiser)
    } catch {
      setRefused(true)
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="fr-col-md-6">
      <h1>{tc(lang, 'signin.title')}</h1>
      {refused && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{tc(lang, 'signin.refused')}</p>
        </div>
      )}
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="signin-email">
          {tc(lang, 'signin.email')}
        </label>
        <input className="fr-input" id="signin-email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="signin-password">
          {tc(lang, 'signin.password')}
        </label>
        <input
          className="fr-input"
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <button className="fr-btn" type="submit">
        {tc(lang, 'signin.submit')}
      </button>
    </form>
  )
}
