package dev.cvmatch.cv;

/** The kinds of CV sections the parser recognises from their headings, in English and French. */
public enum SectionType {
    /** Lines before the first heading: name, headline, contact details. */
    HEADER,
    /** A contact block ("Contact", "Coordonnées"). */
    CONTACT,
    /** Profile, summary, objective ("Profil", "À propos"). */
    SUMMARY,
    /** Work experience ("Experience", "Expérience professionnelle", "Parcours"). */
    EXPERIENCE,
    /** Education ("Education", "Formation", "Diplômes"). */
    EDUCATION,
    /** Skills ("Skills", "Compétences"). */
    SKILLS,
    /** Languages ("Languages", "Langues"). */
    LANGUAGES,
    /** Certifications and licences. */
    CERTIFICATIONS,
    /** Projects ("Projets"). */
    PROJECTS,
    /** Publications. */
    PUBLICATIONS,
    /** Awards ("Prix", "Distinctions"). */
    AWARDS,
    /** Volunteering ("Bénévolat", "Engagement associatif"). */
    VOLUNTEERING,
    /** Hobbies and interests ("Centres d'intérêt", "Loisirs"). */
    INTERESTS,
    /** References ("Références"). */
    REFERENCES,
    /** A section whose heading is not recognised; its content is kept. */
    OTHER
}
