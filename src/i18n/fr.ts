/**
 * French UI strings: exactly the keys of `en.ts` (checked in `ui.ts`), placeholders unchanged.
 * French typography: the spaces before : ; ? ! and inside « » are non-breaking (U+00A0 before a
 * colon, U+202F elsewhere); keep them when editing.
 */
import type { UiKey } from './en';

export const fr = {
  'site.name': 'Déclaration de Bruxelles 2013',
  'site.description':
    'La Déclaration de Bruxelles, adoptée le 2 juillet 2013 par la 18e Conférence des directeurs généraux des douanes des pays francophones : ses thèmes et ses recommandations, chacune avec un lien permanent.',
  'skip.toContent': 'Aller au contenu',
  'nav.label': 'Principale',
  'language.label': 'Cette page dans une autre langue :',
  'nav.home': 'Déclaration',
  'nav.topics': 'Thèmes',
  'nav.recommendations': 'Recommandations',
  'nav.about': 'À propos',
  'nav.search': 'Recherche',
  'search.label': 'Rechercher dans la déclaration',
  'search.submit': 'Rechercher',
  'breadcrumb.label': 'Fil d’Ariane',
  'home.title': 'Déclaration de Bruxelles',
  'home.lead': 'Adoptée le {date} à {place} par la {conference}, accueillie par l’{host}.',
  'home.details': 'Informations de publication',
  'home.summary': 'Résumé',
  'home.summaryNote': 'Tel que la source le rapporte :',
  'home.topics': 'Thèmes débattus',
  'home.topicsIntro': '{participants}, ont débattu des thèmes suivants :',
  'home.recommendations': 'Recommandations',
  'home.acknowledgement': 'Remerciements',
  'home.source': 'Source',
  'home.sourceText':
    'Tout ce qui est cité sur ce site provient d’une seule source : {source}. Les termes de la déclaration figurent entre guillemets ; les titres et les formules d’introduction sont ceux des éditeurs. Le texte français est la traduction du site, établie à partir de la source anglaise, qui fait foi.',
  'details.adopted': 'Adoptée',
  'details.conference': 'Conférence',
  'details.dates': 'Dates de la Conférence',
  'details.place': 'Lieu',
  'details.host': 'Hôte',
  'details.wco': 'Participation de l’OMD',
  'details.source': 'Source',
  'details.language': 'Texte',
  'details.original': 'Anglais, tel que publié par la source',
  'details.translation':
    'Traduction non officielle du site, établie à partir de la source anglaise',
  'recommendation.label': 'Recommandation {number}',
  'recommendation.addressee': 'Destinataire',
  'recommendation.verb': 'La Conférence',
  'recommendation.topics': 'Thèmes',
  'recommendation.inFullText': 'La lire dans le texte intégral de la déclaration',
  'recommendation.permalink': 'Lien permanent vers la recommandation {number}',
  'recommendation.copyLink': 'Copier le lien',
  'recommendation.linkCopied': 'Lien copié',
  'recommendation.copyFailed': 'Échec de la copie : sélectionnez le lien et copiez-le',
  'recommendation.previous': 'Précédent',
  'recommendation.next': 'Suivant',
  'recommendation.pager': 'Recommandations',
  'recommendations.title': 'Recommandations',
  'recommendations.description':
    'Les six recommandations de la Déclaration de Bruxelles (2013), chacune avec son lien permanent.',
  'recommendations.intro':
    'Les recommandations de la Déclaration de Bruxelles, numérotées dans l’ordre où la source les donne. Chacune a une adresse permanente.',
  'addressee.wco': 'L’Organisation mondiale des douanes (OMD)',
  'addressee.customs-administrations': 'Administrations des douanes',
  'addressee.short.wco': 'OMD',
  'addressee.short.customs-administrations': 'Administrations des douanes',
  'verb.stressed': 'a souligné',
  'verb.encouraged': 'a encouragé l’OMD',
  'verb.recommended': 'a recommandé que les administrations des douanes',
  'topics.title': 'Thèmes débattus',
  'topics.description':
    'Les douze thèmes débattus lors de la 18e Conférence des directeurs généraux des douanes des pays francophones (Bruxelles, 2013), et les recommandations qui s’y rapportent.',
  'topics.intro':
    'Les douze thèmes que les participants ont débattus, dans l’ordre où la source les énumère.',
  'topic.label': 'Thème {number}',
  'topic.recommendations': 'Recommandations sur ce thème',
  'topic.noRecommendation':
    'La déclaration fait état d’un débat sur ce thème, sans recommandation spécifique à son sujet.',
  'topic.recommendationCount.one': '1 recommandation',
  'topic.recommendationCount.other': '{count} recommandations',
  'topic.recommendationCount.zero': 'Aucune recommandation spécifique',
  'topic.sourceWording': 'Mentionné dans la source sous l’intitulé',
  'editorial.label': 'Contexte éditorial',
  'editorial.note':
    'Rédigé par les éditeurs du site pour expliquer le thème ; ne fait pas partie de la déclaration.',
  'about.title': 'À propos de cette édition',
  'about.description':
    'D’où vient le texte de la Déclaration de Bruxelles, ce qui relève de l’édition sur ce site, et comment le citer.',
  'footer.source': 'Source : {source}, {date}.',
  'footer.editorial':
    'Les titres et les textes signalés « Contexte éditorial » sont propres au site. Le texte français est une traduction du site, non officielle.',
  'footer.printedFrom': 'Imprimé depuis',
  'notFound.title': 'Page introuvable',
  'notFound.description': 'Il n’y a aucune page à cette adresse.',
  'notFound.lead':
    'Il n’y a aucune page à cette adresse. Le lien est peut-être mal saisi, ou la page n’a jamais existé : les adresses de ce site ne changent pas.',
  'notFound.try': 'Essayez l’une de ces pages :',
} as const satisfies Record<UiKey, string>;
