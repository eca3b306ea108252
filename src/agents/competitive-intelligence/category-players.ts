import type { IndustryKey } from '../../research/industry-keys.ts';
import type { AxisKey, BrandSide } from './positioning-axes.ts';

/** A kind of business a customer of the category compares the brand with. */
export interface CategoryPlayer {
  archetype: string;
  how_they_compete: string;
  /** Well-known national or global examples; empty where no example is safe to name. */
  examples: string[];
  /** Where this kind of player is typically weak, by the side of an axis the brand may stand on. */
  weak_at: Partial<Record<BrandSide, string>>;
}

export interface CategoryLandscape {
  players: CategoryPlayer[];
  /** The positioning axes that matter most in the category, most important first. */
  axes: AxisKey[];
}

/**
 * The typical players of each industry of the taxonomy: generic archetypes, with real examples only
 * where they are well known nationally. Offline this is what stands in for researched rivals.
 */
export const CATEGORY_PLAYERS: Record<IndustryKey, CategoryLandscape> = {
  dental: {
    axes: ['scale', 'price', 'touch'],
    players: [
      {
        archetype: 'Corporate dental chains (DSO-backed groups)',
        how_they_compete:
          'Many locations, broad insurance acceptance, extended hours and heavy advertising of new-patient offers.',
        examples: ['Aspen Dental', 'Heartland Dental'],
        weak_at: {
          local: 'continuity with the same dentist and local ownership',
          'high-touch': 'unhurried, personal appointments',
          established: 'a long local track record under one name',
        },
      },
      {
        archetype: 'Independent general practices nearby',
        how_they_compete: 'Word of mouth, long-standing patient relationships and convenience of location.',
        examples: [],
        weak_at: {
          convenient: 'online booking, evening and weekend hours',
          innovative: 'newer technology and a modern online presence',
        },
      },
      {
        archetype: 'Specialist and cosmetic practices (orthodontics, implants, cosmetic dentistry)',
        how_they_compete: 'Depth in one treatment, before-and-after proof and premium pricing.',
        examples: [],
        weak_at: { broad: 'routine family care under one roof', value: 'affordable everyday care' },
      },
    ],
  },
  medical: {
    axes: ['touch', 'scale', 'breadth'],
    players: [
      {
        archetype: 'Urgent-care and retail clinic chains',
        how_they_compete: 'Walk-in convenience, long hours and posted prices for common visits.',
        examples: ['CVS MinuteClinic'],
        weak_at: {
          'high-touch': 'continuity of care with one clinician',
          specialist: 'ongoing management of complex or chronic conditions',
        },
      },
      {
        archetype: 'Hospital-system outpatient clinics',
        how_they_compete: 'Brand trust, referrals inside the system and a full range of specialties.',
        examples: [],
        weak_at: {
          convenient: 'short waits and quick appointments',
          local: 'a personal, small-practice feel',
        },
      },
      {
        archetype: 'Telehealth services',
        how_they_compete: 'Same-day video visits from anywhere at a flat fee.',
        examples: ['Teladoc Health', 'Amwell'],
        weak_at: {
          local: 'in-person examination and local follow-up',
          'high-touch': 'a lasting relationship',
        },
      },
    ],
  },
  restaurant: {
    axes: ['price', 'scale', 'tradition'],
    players: [
      {
        archetype: 'National casual-dining and fast-casual chains',
        how_they_compete: 'Consistent menus, national advertising, deals and loyalty apps.',
        examples: ["Applebee's", 'Chipotle Mexican Grill'],
        weak_at: {
          local: 'local sourcing, character and a chef people know',
          premium: 'distinctive, chef-driven food',
        },
      },
      {
        archetype: 'Independent local restaurants in the same cuisine or area',
        how_they_compete: 'Reputation, reviews and regulars; menus that change with the season.',
        examples: [],
        weak_at: { convenient: 'online ordering and delivery', innovative: 'modern ordering and loyalty' },
      },
      {
        archetype: 'Delivery-first kitchens and meal kits',
        how_they_compete: 'Convenience at home through delivery apps and subscriptions.',
        examples: ['HelloFresh'],
        weak_at: {
          'high-touch': 'the experience and hospitality of dining in',
          local: 'a place in the neighbourhood',
        },
      },
    ],
  },
  cafe: {
    axes: ['scale', 'price', 'tradition'],
    players: [
      {
        archetype: 'National coffee chains',
        how_they_compete: 'Many locations, speed, mobile ordering and loyalty programmes.',
        examples: ['Starbucks', "Dunkin'"],
        weak_at: {
          local: 'a neighbourhood place with staff who know regulars',
          premium: 'specialty coffee and fresh baking made on site',
        },
      },
      {
        archetype: 'Specialty roasters and third-wave cafés',
        how_they_compete: 'Single-origin coffee, brewing craft and design-led spaces at premium prices.',
        examples: ['Blue Bottle Coffee'],
        weak_at: { value: 'everyday prices', broad: 'food and a menu for everyone' },
      },
      {
        archetype: 'Supermarket and convenience-store coffee and bakery counters',
        how_they_compete: 'Low prices and convenience during errands.',
        examples: [],
        weak_at: { premium: 'quality and freshness', 'high-touch': 'a place to sit and meet' },
      },
    ],
  },
  fitness: {
    axes: ['price', 'touch', 'breadth'],
    players: [
      {
        archetype: 'Big-box and low-cost gyms',
        how_they_compete: 'Very low monthly fees, many locations and lots of equipment; little coaching.',
        examples: ['Planet Fitness', 'LA Fitness'],
        weak_at: {
          'high-touch': 'coaching and accountability for each member',
          specialist: 'programmes for a specific goal or group',
          local: 'a community where members know each other',
        },
      },
      {
        archetype: 'Boutique studio franchises',
        how_they_compete: 'Branded group classes (HIIT, cycling, pilates), class packs and strong community.',
        examples: ['Orangetheory Fitness', 'F45 Training'],
        weak_at: { value: 'affordable, flexible membership', broad: 'variety beyond one class format' },
      },
      {
        archetype: 'Connected home fitness and fitness apps',
        how_they_compete: 'Training at home on demand, by subscription.',
        examples: ['Peloton', 'Apple Fitness+'],
        weak_at: {
          'high-touch': 'in-person coaching and form correction',
          local: 'a place and people to train with',
        },
      },
    ],
  },
  'beauty-salon': {
    axes: ['price', 'touch', 'breadth'],
    players: [
      {
        archetype: 'Value salon chains',
        how_they_compete: 'Walk-ins, low prices and many locations.',
        examples: ['Great Clips', 'Supercuts'],
        weak_at: { premium: 'skilled, personal styling', 'high-touch': 'a stylist who knows the client' },
      },
      {
        archetype: 'Membership spa and wax franchises',
        how_they_compete: 'Monthly memberships, standard menus and national promotions.',
        examples: ['Massage Envy', 'European Wax Center'],
        weak_at: { local: 'independent character and flexibility', specialist: 'specialist treatments' },
      },
      {
        archetype: 'Independent salons and booth renters',
        how_they_compete: 'Personal followings built on social media and booking apps.',
        examples: [],
        weak_at: {
          broad: 'a full menu of services under one roof',
          established: 'a lasting business behind the stylist',
        },
      },
    ],
  },
  landscaping: {
    axes: ['scale', 'breadth', 'price'],
    players: [
      {
        archetype: 'National lawn-care companies and franchises',
        how_they_compete: 'Subscription treatment programmes, call centres and scale pricing.',
        examples: ['TruGreen', 'The Grounds Guys'],
        weak_at: { local: 'the same local crew and owner on site', 'high-touch': 'design and custom work' },
      },
      {
        archetype: 'Solo operators and small mowing crews',
        how_they_compete: 'Low prices, flexibility and local referrals.',
        examples: [],
        weak_at: {
          broad: 'design, hardscaping and year-round care from one company',
          established: 'insurance, credentials and reliability',
        },
      },
      {
        archetype: 'Big-box garden centres (do it yourself)',
        how_they_compete: 'Plants, materials and tools for owners who do the work themselves.',
        examples: ['The Home Depot', "Lowe's"],
        weak_at: { 'high-touch': 'professional expertise and labour', specialist: 'professional results' },
      },
    ],
  },
  'home-services': {
    axes: ['scale', 'touch', 'price'],
    players: [
      {
        archetype: 'National trade franchises',
        how_they_compete: 'Brand recognition, 24/7 call centres and standard pricing.',
        examples: ['Roto-Rooter', 'Mr. Rooter Plumbing', 'Mr. Handyman'],
        weak_at: {
          local: 'a local owner who answers for the work',
          value: 'prices without franchise overhead',
        },
      },
      {
        archetype: 'Lead marketplaces and booking platforms',
        how_they_compete: 'Homeowners compare quotes and reviews from many providers in one place.',
        examples: ['Angi', 'Thumbtack'],
        weak_at: {
          established: 'accountability of a single known company',
          'high-touch': 'a lasting relationship',
        },
      },
      {
        archetype: 'Independent local tradespeople',
        how_they_compete: 'Referrals, low overhead and flexibility.',
        examples: [],
        weak_at: {
          convenient: 'fast response, online booking and emergency hours',
          established: 'warranties and licensing proof',
        },
      },
    ],
  },
  construction: {
    axes: ['breadth', 'price', 'touch'],
    players: [
      {
        archetype: 'National remodelling brands and franchises',
        how_they_compete:
          'Productised remodels (baths, windows, siding) with financing and heavy advertising.',
        examples: ['Bath Fitter', 'Re-Bath'],
        weak_at: { specialist: 'custom design and unusual projects', local: 'a local team known by name' },
      },
      {
        archetype: 'Design-build firms',
        how_they_compete: 'Design and construction under one contract, premium projects.',
        examples: [],
        weak_at: { value: 'smaller budgets and simple jobs', convenient: 'quick starts on small projects' },
      },
      {
        archetype: 'General contractors and handymen found through directories',
        how_they_compete: 'Price-based bids found through referrals and platforms such as Houzz or Angi.',
        examples: ['Houzz', 'Angi'],
        weak_at: {
          established: 'track record, licensing and warranties',
          'high-touch': 'project management and communication',
        },
      },
    ],
  },
  'creative-agency': {
    axes: ['breadth', 'price', 'touch'],
    players: [
      {
        archetype: 'Holding-company agency networks',
        how_they_compete: 'Full service at global scale for large brands.',
        examples: ['WPP', 'Omnicom', 'Publicis Groupe'],
        weak_at: {
          value: 'budgets of small and mid-sized clients',
          'high-touch': 'senior attention on every account',
        },
      },
      {
        archetype: 'Freelancers and freelance marketplaces',
        how_they_compete: 'Low rates and fast hiring for individual tasks.',
        examples: ['Upwork', 'Fiverr'],
        weak_at: { broad: 'strategy and a coordinated team', established: 'accountability and continuity' },
      },
      {
        archetype: 'Do-it-yourself design tools and in-house teams',
        how_they_compete: 'Templates and software that let clients do the work themselves.',
        examples: ['Canva'],
        weak_at: { specialist: 'strategic and creative expertise', premium: 'distinctive work' },
      },
    ],
  },
  saas: {
    axes: ['selling', 'breadth', 'price'],
    players: [
      {
        archetype: 'Category incumbents and large software suites',
        how_they_compete:
          'Breadth of features, integrations, enterprise sales teams and bundling with suites the customer already pays for.',
        examples: ['Microsoft', 'Salesforce', 'Oracle'],
        weak_at: {
          specialist: 'depth in one workflow',
          'self-serve': 'fast self-serve setup without a sales cycle',
          value: 'pricing for small teams',
        },
      },
      {
        archetype: 'Open-source and self-hosted alternatives',
        how_they_compete:
          'Free core software, control over data and a developer community; paid hosting or support.',
        examples: [],
        weak_at: { convenient: 'a managed service with no upkeep', 'high-touch': 'support and onboarding' },
      },
      {
        archetype: 'Point-solution start-ups',
        how_they_compete: 'Narrow, modern products with freemium plans and product-led growth.',
        examples: [],
        weak_at: {
          established: 'track record, security certifications and stability',
          broad: 'coverage beyond one job',
        },
      },
      {
        archetype: 'Spreadsheets and manual processes',
        how_they_compete: 'Already paid for and familiar; the status quo the product must beat.',
        examples: ['Microsoft Excel', 'Google Sheets'],
        weak_at: {
          convenient: 'automation and collaboration',
          innovative: 'modern automation and integrations',
        },
      },
    ],
  },
  legal: {
    axes: ['price', 'touch', 'breadth'],
    players: [
      {
        archetype: 'Online legal document services',
        how_they_compete: 'Fixed low prices for standard documents and filings.',
        examples: ['LegalZoom', 'Rocket Lawyer'],
        weak_at: {
          'high-touch': 'advice on the client’s specific situation',
          specialist: 'representation and complex matters',
        },
      },
      {
        archetype: 'Heavily advertised high-volume firms',
        how_they_compete: 'Television and search advertising, intake call centres, contingency fees.',
        examples: ['Morgan & Morgan'],
        weak_at: {
          'high-touch': 'partner-level attention to each case',
          local: 'local courts and community knowledge',
        },
      },
      {
        archetype: 'Large regional and national full-service firms',
        how_they_compete: 'Depth across practice areas and reputation with corporate clients.',
        examples: [],
        weak_at: {
          value: 'rates for individuals and small businesses',
          convenient: 'quick, accessible consultations',
        },
      },
    ],
  },
  'accounting-finance': {
    axes: ['touch', 'price', 'breadth'],
    players: [
      {
        archetype: 'National tax-preparation chains',
        how_they_compete: 'Seasonal storefronts, price promotions and brand recognition.',
        examples: ['H&R Block', 'Jackson Hewitt'],
        weak_at: {
          'high-touch': 'year-round advice from one adviser',
          specialist: 'complex business and tax planning',
        },
      },
      {
        archetype: 'Do-it-yourself accounting and tax software',
        how_they_compete: 'Low-cost software with guided filing and bookkeeping.',
        examples: ['TurboTax', 'QuickBooks'],
        weak_at: {
          'high-touch': 'professional judgement and accountability',
          specialist: 'unusual situations',
        },
      },
      {
        archetype: 'Large accounting firms',
        how_they_compete: 'Audit, tax and advisory for larger organisations.',
        examples: ['Deloitte', 'PwC', 'EY', 'KPMG'],
        weak_at: {
          value: 'fees for individuals and small businesses',
          local: 'a local partner who knows the client',
        },
      },
    ],
  },
  'real-estate': {
    axes: ['scale', 'touch', 'price'],
    players: [
      {
        archetype: 'National brokerage franchises',
        how_they_compete: 'Brand recognition, agent networks and listing exposure.',
        examples: ['Keller Williams', 'RE/MAX', 'Coldwell Banker'],
        weak_at: {
          specialist: 'focus on one neighbourhood or property type',
          'high-touch': 'consistent service across agents',
        },
      },
      {
        archetype: 'Online portals and tech-led brokerages',
        how_they_compete: 'Search traffic, listing data and lower commissions.',
        examples: ['Zillow', 'Redfin', 'Realtor.com'],
        weak_at: {
          local: 'hyper-local knowledge and relationships',
          'high-touch': 'negotiation and guidance in person',
        },
      },
      {
        archetype: 'Independent local agents',
        how_they_compete: 'Referrals, sphere of influence and local presence.',
        examples: [],
        weak_at: {
          innovative: 'marketing technology and reach',
          broad: 'services beyond buying and selling',
        },
      },
    ],
  },
  'retail-ecommerce': {
    axes: ['price', 'breadth', 'touch'],
    players: [
      {
        archetype: 'Online marketplaces',
        how_they_compete: 'Huge selection, low prices, fast shipping and customer reviews.',
        examples: ['Amazon', 'Walmart', 'Etsy'],
        weak_at: { specialist: 'curation and expert advice', premium: 'brand story and quality control' },
      },
      {
        archetype: 'Big-box and department-store retailers',
        how_they_compete: 'Stores plus online, promotions and convenience.',
        examples: ['Target', 'Walmart'],
        weak_at: { specialist: 'niche range and knowledgeable staff', 'high-touch': 'personal service' },
      },
      {
        archetype: 'Direct-to-consumer brands in the niche',
        how_they_compete: 'Social-media advertising, strong branding and subscriptions.',
        examples: [],
        weak_at: { established: 'a long record of customers', local: 'a physical place to see the product' },
      },
    ],
  },
  education: {
    axes: ['touch', 'price', 'breadth'],
    players: [
      {
        archetype: 'Online course platforms',
        how_they_compete: 'Large catalogues of self-paced courses, free or low priced.',
        examples: ['Coursera', 'Udemy', 'Khan Academy'],
        weak_at: { 'high-touch': 'live teaching and accountability', local: 'in-person community' },
      },
      {
        archetype: 'National tutoring and test-prep brands',
        how_they_compete: 'Standard curricula, franchised centres and score guarantees.',
        examples: ['Kumon', 'Sylvan Learning', 'Kaplan'],
        weak_at: {
          'high-touch': 'a programme shaped to each learner',
          local: 'flexibility of a local teacher',
        },
      },
      {
        archetype: 'Public institutions and independent tutors',
        how_they_compete: 'Low cost and accreditation, or personal reputation.',
        examples: [],
        weak_at: { convenient: 'flexible schedules and fast enrolment', specialist: 'focused programmes' },
      },
    ],
  },
  nonprofit: {
    axes: ['scale', 'touch', 'tradition'],
    players: [
      {
        archetype: 'Large national charities in the same cause',
        how_they_compete: 'Brand recognition, national campaigns and large fundraising budgets.',
        examples: [],
        weak_at: {
          local: 'visible local impact donors can see',
          'high-touch': 'personal connection with donors',
        },
      },
      {
        archetype: 'Crowdfunding and peer-to-peer giving platforms',
        how_they_compete: 'Direct appeals from individuals, shared on social media.',
        examples: ['GoFundMe'],
        weak_at: {
          established: 'accountability and track record',
          specialist: 'sustained, expert programmes',
        },
      },
      {
        archetype: 'Other local organisations competing for donors and volunteers',
        how_they_compete: 'Community events, local media and relationships.',
        examples: [],
        weak_at: { innovative: 'online giving and modern communication' },
      },
    ],
  },
  automotive: {
    axes: ['price', 'touch', 'scale'],
    players: [
      {
        archetype: 'Dealership service departments',
        how_they_compete: 'Manufacturer-trained technicians, original parts and warranty work.',
        examples: [],
        weak_at: {
          value: 'labour rates and parts prices',
          'high-touch': 'talking to the person who fixes the car',
        },
      },
      {
        archetype: 'National quick-service and repair chains',
        how_they_compete: 'Many locations, coupons and fast standard services.',
        examples: ['Jiffy Lube', 'Midas', 'Firestone Complete Auto Care'],
        weak_at: {
          specialist: 'diagnosis of difficult problems',
          local: 'a mechanic who knows the car’s history',
        },
      },
      {
        archetype: 'Independent garages and mobile mechanics',
        how_they_compete: 'Lower prices and trust built on referrals.',
        examples: [],
        weak_at: { convenient: 'online booking and loan cars', established: 'warranties and certifications' },
      },
    ],
  },
  hospitality: {
    axes: ['price', 'touch', 'scale'],
    players: [
      {
        archetype: 'Hotel chains',
        how_they_compete: 'Loyalty programmes, consistent standards and global booking reach.',
        examples: ['Marriott', 'Hilton', 'Hyatt'],
        weak_at: { local: 'local character and a sense of place', 'high-touch': 'personal hospitality' },
      },
      {
        archetype: 'Short-term rental platforms',
        how_they_compete: 'Whole homes, kitchens and space for groups at varied prices.',
        examples: ['Airbnb', 'Vrbo'],
        weak_at: { 'high-touch': 'on-site service and staff', established: 'consistent quality' },
      },
      {
        archetype: 'Online travel agencies (as intermediaries)',
        how_they_compete: 'Own the search and comparison step and take commission on bookings.',
        examples: ['Booking.com', 'Expedia'],
        weak_at: { 'high-touch': 'a direct relationship and the best direct-booking terms' },
      },
    ],
  },
  veterinary: {
    axes: ['scale', 'touch', 'breadth'],
    players: [
      {
        archetype: 'Corporate veterinary hospital groups',
        how_they_compete: 'Many locations, wellness plans and in-store clinics in pet retailers.',
        examples: ['Banfield Pet Hospital', 'VCA Animal Hospitals'],
        weak_at: { local: 'the same vet for every visit', 'high-touch': 'unhurried appointments' },
      },
      {
        archetype: 'Online pet pharmacies and tele-vet services',
        how_they_compete: 'Delivered medication and food, remote consultations.',
        examples: ['Chewy'],
        weak_at: { 'high-touch': 'hands-on examination and treatment', local: 'emergency care nearby' },
      },
      {
        archetype: 'Independent local practices',
        how_they_compete: 'Long relationships with pet owners and referrals.',
        examples: [],
        weak_at: { convenient: 'online booking and extended hours', broad: 'specialist services in house' },
      },
    ],
  },
  photography: {
    axes: ['price', 'breadth', 'touch'],
    players: [
      {
        archetype: 'On-demand photography marketplaces',
        how_they_compete: 'Book a vetted photographer online at a fixed price.',
        examples: ['Snappr', 'Thumbtack'],
        weak_at: { specialist: 'a distinctive style', 'high-touch': 'planning the shoot together' },
      },
      {
        archetype: 'Stock photography and do-it-yourself smartphone content',
        how_they_compete: 'Instant, cheap images that are good enough for many uses.',
        examples: ['Shutterstock', 'Getty Images'],
        weak_at: {
          specialist: 'authentic images of the client’s own people and place',
          premium: 'quality and originality',
        },
      },
      {
        archetype: 'Other local photographers and studios',
        how_they_compete: 'Portfolios, referrals and social media.',
        examples: [],
        weak_at: { established: 'a long portfolio and reliability', broad: 'photo and video from one team' },
      },
    ],
  },
  other: {
    axes: ['price', 'touch', 'scale'],
    players: [
      {
        archetype: 'Large national or online providers in the category',
        how_they_compete: 'Scale, price, brand recognition and advertising reach.',
        examples: [],
        weak_at: {
          local: 'local knowledge and personal relationships',
          'high-touch': 'individual attention',
        },
      },
      {
        archetype: 'Other local independents offering similar services',
        how_they_compete: 'Referrals, proximity and reputation.',
        examples: [],
        weak_at: {
          convenient: 'online booking and fast answers',
          established: 'visible proof and credentials',
        },
      },
      {
        archetype: 'Doing it yourself or doing nothing',
        how_they_compete: 'The customer’s own time and the status quo cost nothing up front.',
        examples: [],
        weak_at: { specialist: 'expertise and results' },
      },
    ],
  },
};
