import localize from "ajv-i18n/localize/de/index.js";
import type { CredentialFormLocale } from "../CredentialFormLocale.js";
import { ajvLocalizer } from "./ajvLocalizer.js";

/** German (Deutsch): every string of the form and the widget; validation messages by ajv-i18n. */
export const de: CredentialFormLocale = {
  code: "de",
  localizeValidation: ajvLocalizer(localize, "de"),
  messages: {
    submit: "Absenden",
    submitting: "Wird gesendet …",
    cancel: "Abbrechen",
    retry: "Erneut versuchen",
    optionalFields: "Optionale Felder",
    show: "Anzeigen",
    hide: "Verbergen",
    showSecret: (label) => `${label} anzeigen`,
    hideSecret: (label) => `${label} verbergen`,
    loading: "Das Formular des Connectors wird geladen …",
    specLoadError: "Die Spezifikation des Connectors konnte nicht geladen werden.",
    templateLoadError: "Die Quellvorlage konnte nicht geladen werden.",
    sessionExpired:
      "Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu oder melden Sie sich erneut an.",
    tokenInvalid: "Das Widget-Token ist ungültig. Bitte laden Sie die Seite neu.",
    forbidden:
      "Sie haben keinen Zugriff auf diesen Workspace. Bitten Sie die App, aus der Sie kommen, Sie erneut anzumelden.",
    networkError: "Airbyte ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    submitError: "Die Quelle konnte nicht erstellt werden. Bitte versuchen Sie es erneut.",
    serverFieldErrors: "Airbyte hat einige Werte abgelehnt. Bitte korrigieren Sie die markierten Felder.",
    success: "Ihre Quelle wurde erstellt.",
    errorCount: (count) =>
      count === 1
        ? "1 Feld erfordert Ihre Aufmerksamkeit."
        : `${count} Felder erfordern Ihre Aufmerksamkeit.`,
    addItem: (label) => (label ? `Eintrag zu ${label} hinzufügen` : "Eintrag hinzufügen"),
    removeItem: (position) => `Eintrag ${position} entfernen`,
    moveItemUp: (position) => `Eintrag ${position} nach oben verschieben`,
    moveItemDown: (position) => `Eintrag ${position} nach unten verschieben`,
    add: "Hinzufügen",
    remove: "Entfernen",
    moveUp: "Nach oben",
    moveDown: "Nach unten",
    selectPlaceholder: "Auswählen …",
    required: "Pflichtfeld",
    optionLabel: (position) => `Option ${position}`,
    validationUnavailable: "Die Spezifikation des Connectors kann hier nicht zur Prüfung verwendet werden",
    configInvalid: "Die Konfiguration ist ungültig",
    specTooComplex: "Die Spezifikation des Connectors ist zu komplex, um sie hier zu prüfen",
    apiErrors: {
      network: "Airbyte ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
      timeout: "Airbyte hat zu lange nicht geantwortet. Versuchen Sie es erneut.",
      aborted: "Die Anfrage wurde abgebrochen.",
      unauthorized:
        "Ihre Sitzung ist abgelaufen oder ungültig. Laden Sie die Seite neu und versuchen Sie es erneut.",
      forbidden: "Diese Sitzung darf das nicht.",
      not_found: "Airbyte konnte das Angeforderte nicht finden.",
      validation: "Airbyte hat die Anfrage abgelehnt. Prüfen Sie die Werte und versuchen Sie es erneut.",
      conflict: "Das steht im Konflikt mit etwas, das bereits existiert.",
      rate_limited: "Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.",
      server: "Bei Airbyte gibt es gerade Probleme (HTTP #). Versuchen Sie es gleich noch einmal.",
      bad_response: "Die Antwort von Airbyte konnte nicht gelesen werden.",
      check_failed:
        "Airbyte konnte sich mit diesen Einstellungen nicht verbinden. Prüfen Sie sie und versuchen Sie es erneut.",
      http: "Airbyte hat mit einem unerwarteten Fehler geantwortet (HTTP #).",
    },
    setupGuide: "Einrichtungsanleitung",
    opensInNewTab: "(öffnet in einem neuen Tab)",
    moreOptions: (section, count) =>
      section ? `Weitere Optionen für ${section} (${count})` : `Weitere Optionen (${count})`,
    arrayItem: (label, position) => (label ? `${label} ${position}` : `Eintrag ${position}`),
    addNamedItem: (label) => (label ? `${label} hinzufügen` : "Eintrag hinzufügen"),
    removeNamedItem: (item) => `${item} entfernen`,
    checking: "Wird geprüft …",
    checkFailed: "Airbyte konnte sich mit diesen Zugangsdaten nicht verbinden.",
    createOutcomeUnknown:
      "Die Verbindung brach beim Erstellen der Quelle ab, und wir konnten nicht feststellen, ob sie erstellt wurde. Prüfen Sie Ihre Quellen, bevor Sie es erneut versuchen.",
    dialogTitle: "Quelle verbinden",
    close: "Schließen",
    templateList: "Quellen",
    search: "Quellen durchsuchen",
    loadingTemplates: "Die verfügbaren Quellen werden geladen …",
    noTemplates: "Noch keine Quellen verfügbar.",
    noMatches: (query) => `Keine Quelle passt zu „${query}“.`,
    templatesLoadError: "Die verfügbaren Quellen konnten nicht geladen werden.",
    templateCount: (count) => (count === 1 ? "1 Quelle" : `${count} Quellen`),
    back: "Zurück zu den Quellen",
    connectTitle: (name) => `${name} verbinden`,
    successTitle: "Quelle verbunden",
    created: (name) => `Ihre Quelle ${name} wurde erstellt.`,
    done: "Fertig",
    connectAnother: "Weitere Quelle verbinden",
  },
};
