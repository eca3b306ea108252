/** Headings that introduce what a business sells. */
export const SERVICE_HEADING =
  /\b(services?|what we do|what we offer|our work|menu|classes|programs?|treatments?|offerings?|products?|specialt(y|ies)|solutions|capabilities|packages|plans|memberships?|procedures|practice areas|expertise|features|integrations|rooms|suites|accommodations?)\b/i;

/** Page paths that are about what a business sells. */
export const SERVICE_PATH =
  /(service|program|class|treatment|menu|product|solution|offering|procedure|package|training|coaching|practice-area|what-we-do|feature|integration|(?:^|[/_-])(?:rooms?|suites?|accommodations?)(?![a-z]))/i;

/** Navigation words that never name an offering. */
export const GENERIC_NAV =
  /^(home|about|about us|who we are|our story|contact|contact us|blog|news|login|log in|sign in|sign up|signup|register|join|join now|get started|gallery|photos|faq|faqs|careers|jobs|team|our team|meet the team|staff|testimonials|reviews|success stories|privacy|privacy policy|terms|terms of service|sitemap|search|cart|checkout|account|my account|pricing|prices|rates|location|locations|directions|hours|learn more|read more|more|more info|book now|book online|schedule|call now|shop|store|menu|services|our services|programs|products|events|resources|support|help|press|media|links|coaches|click here|see more|next|previous|back|top|back to top|skip to content|space|work|clients|our work|our clients|portfolio|case studies|mission|our mission|values|our values|why us|why choose us|free consultation|get a quote|request a quote|opening hours|hours of operation|address|our address|order summary|your order|your cart|shopping cart|map|find us)$/i;
