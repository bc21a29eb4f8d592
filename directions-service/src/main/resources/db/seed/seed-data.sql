-- Seed data for the local stack and tests (loaded by SeedLoader when SEED_DATA=true): the two seed
-- directions in full, and the two earlier directions they revoke with only the facts the seeds give.
-- Idempotent: it runs at every start and changes nothing that is already recorded. Texts are verbatim,
-- the seeds' own slips included ("Stokeon-Trent", "help and protections"); the Medway seed's page break
-- inside recital 5 is joined.
-- Stoke-on-Trent's recitals 1 and 3.a cite an inspection published on 18 March 2019: the text names no
-- framework, and one published then was carried out under ILACS (which replaced the single inspection
-- framework in January 2018), so the citations carry ILACS's codes, as councils-service records it; the
-- recital's own words for the areas ("children looked after and achieving permanence", "leadership,
-- management and governance") stay in its text.

-- The first directions: their text is not held; the later directions record what they required
-- (Stoke-on-Trent recital 2, Medway recital 2) and revoke them (Stoke-on-Trent 7.f, Medway 9).
INSERT INTO direction (reference, council_gss_code, council_name, direction_date, status, title, content, summary, source,
                       revoked_by_reference, revoked_on, revocation_reason) VALUES
 ('E06000021-2019-05-16', 'E06000021', 'Stoke-on-Trent City Council', DATE '2019-05-16', 'REVOKED',
  'Statutory direction to Stoke-on-Trent City Council of 16 May 2019 ("the first direction")', '{}'::jsonb,
  'Required the Council to comply with any instructions of the Secretary of State or the Commissioner appointed by the Secretary of State in relation to the improvement of the Council''s exercise of its children''s social care functions; and to co-operate with a Commissioner-led review as to whether the most effective way of securing and sustaining improvement in Stoke-on-Trent was to remove the control of children''s social care from the Council for a period of time.',
  'Direction to Stoke-on-Trent City Council of 31 October 2019 (E06000021-2019-10-31), recital 2 and directive 7.f',
  'E06000021-2019-10-31', DATE '2019-10-31', 'Revoked by direction E06000021-2019-10-31 (directive 7.f).'),
 ('E06000035-2019-08-27', 'E06000035', 'Medway Council', DATE '2019-08-27', 'REVOKED',
  'Statutory direction to Medway Council of 27 August 2019 ("the first direction")', '{}'::jsonb,
  'Required the Council to comply with any instructions of the Secretary of State or Children''s Services Commissioner for Medway; and to co-operate with a Commissioner-led review of services.',
  'Direction to Medway Council of 7 January 2020 (E06000035-2020-01-07), recital 2 and paragraph 9',
  'E06000035-2020-01-07', DATE '2020-01-07', 'Revoked by direction E06000035-2020-01-07 (paragraph 9).')
ON CONFLICT (reference) DO NOTHING;

-- Stoke-on-Trent City Council, 2019-10-31
INSERT INTO direction (reference, council_gss_code, council_name, direction_date, status, title, statutory_basis,
                       signatory_name, signatory_capacity, signed_on_behalf_of, date_as_printed, signatory_as_printed,
                       revokes_reference, content) VALUES
 ('E06000021-2019-10-31', 'E06000021', 'Stoke-on-Trent City Council', DATE '2019-10-31', 'ISSUED',
  'STATUTORY DIRECTION TO STOKE-ON-TRENT CITY COUNCIL IN RELATION TO CHILDREN''S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996',
  'section 497A(4B) of the Education Act 1996', 'Emily Whitehead', 'A Senior Civil Servant in the Department for Education',
  'the Secretary of State for Education', '31.10.2019',
  'Emily Whitehead. A Senior Civil Servant in the Department for Education.', 'E06000021-2019-05-16',
$text${
  "recitals": [
    {
      "number": "1",
      "label": "",
      "text": "The Secretary of State for Education (\"the Secretary of State\") has noted in respect of Stokeon-Trent Council (\"the Council\"), that performance in respect of children's social care services is 'inadequate' as detailed in Ofsted's inspection report published 18 March 2019 (\"the 2019 Ofsted report\").",
      "citations": [
        {
          "kind": "OFSTED_REPORT",
          "date": "2019-03-18",
          "framework": "ILACS_2018",
          "overallEffectiveness": "INADEQUATE"
        }
      ]
    },
    {
      "number": "2",
      "text": "The Council's failure led the Secretary of State to appoint Eleanor Brazil OBE as Children's Services Commissioner (\"Commissioner\") and issue a statutory direction on 16 May 2019 (\"the first direction\"), requiring the Council to comply with any instructions of the Secretary of State or the Commissioner appointed by the Secretary of State in relation to the improvement of the Council's exercise of its children's social care functions; and to co-operate with a Commissioner-led review as to whether the most effective way of securing and sustaining improvement in Stoke-on-Trent was to remove the control of children's social care from the Council for a period of time.",
      "citations": [
        {
          "kind": "DIRECTION",
          "date": "2019-05-16",
          "direction": "E06000021-2019-05-16"
        }
      ]
    },
    {
      "number": "3",
      "text": "The Secretary of State has carefully considered:",
      "items": [
        {
          "number": "a",
          "text": "The 2019 Ofsted report which found that children's services are 'inadequate' and subjudgements for children who need help and protection, children looked after and achieving permanence and leadership, management and governance were all rated as 'inadequate'.",
          "citations": [
            {
              "kind": "OFSTED_REPORT",
              "date": "2019-03-18",
              "framework": "ILACS_2018",
              "overallEffectiveness": "INADEQUATE",
              "judgements": [
                {
                  "area": "HELP_AND_PROTECTION",
                  "judgement": "INADEQUATE"
                },
                {
                  "area": "CHILDREN_IN_CARE_AND_CARE_LEAVERS",
                  "judgement": "INADEQUATE"
                },
                {
                  "area": "IMPACT_OF_LEADERS",
                  "judgement": "INADEQUATE"
                }
              ]
            }
          ]
        },
        {
          "number": "b",
          "text": "The Commissioner's report of 9 September 2019 (\"the 2019 Commissioner report\"), which concluded that in order to secure sustained improvement to children's social care services the council should enter into a formal partnership with a strong (Ofsted rated Good or Outstanding) Local Authority (\"Improvement Advisor\") which will provide executive leadership, and bring additional expertise and capacity. To be supplemented by continued oversight from the Commissioner, input from the Regional Improvement Alliance and immediate frontline support from Stockport and Essex Partners in Practice (\"PiP\").",
          "citations": [
            {
              "kind": "COMMISSIONER_REPORT",
              "date": "2019-09-09"
            }
          ]
        }
      ]
    },
    {
      "number": "4",
      "text": "The Secretary of State is therefore satisfied that the Council is still failing to perform to an adequate standard, some or all of the functions to which section 497A of the Education Act 1996 (\"the 1996 Act\") is applied by section 50 of the Children Act 2004 (\"children's social care functions\"), namely;",
      "items": [
        {
          "number": "a",
          "label": "a)",
          "text": "social services functions, as defined in the Local Authority Social Services Act 1970, so far as those functions relate to children;"
        },
        {
          "number": "b",
          "label": "b)",
          "text": "the functions conferred on the Council under sections 23C to 24D of the Children Act 1989 (so far as not falling within paragraph a. above); and"
        },
        {
          "number": "c",
          "label": "c)",
          "text": "the functions conferred on the Council under sections 10, 12, 12C, 12D and 17A of the Children Act 2004."
        }
      ]
    },
    {
      "number": "5",
      "text": "The Secretary of State has re-appointed Eleanor Brazil OBE as the Children's Services Commissioner in accordance with, and for the purposes of, the terms of reference (\"the Terms of Reference\") set out in the Annex to this direction."
    },
    {
      "number": "6",
      "text": "The Secretary of State, having considered representations made by the Council and the Commissioner, considers it expedient, in accordance with his powers under section 497A(4B) of the Education Act 1996, to direct the Council as set out below in order to ensure that all of the Council's children's social care functions are performed to an adequate standard."
    }
  ],
  "functions": [
    {
      "set": "SOCIAL_SERVICES_FUNCTIONS_CHILDREN",
      "clause": "4.a"
    },
    {
      "set": "CHILDREN_ACT_1989_SS23C_TO_24D",
      "clause": "4.b"
    },
    {
      "set": "CHILDREN_ACT_2004_SS10_12_12C_12D_17A",
      "clause": "4.c"
    }
  ],
  "clauses": [
    {
      "number": "7",
      "text": "Pursuant to his powers under section 497A(4B) of the Education Act 1996 Act, the Secretary of State directs the Council as follows:",
      "items": [
        {
          "number": "a",
          "label": "a)",
          "text": "To comply with any instructions of the Secretary of State or the Children's Services Commissioner in relation to the improvement of the Council's exercise of its children's social care functions and provide such assistance as either the Secretary of State or the Children's Services Commissioner may require;"
        },
        {
          "number": "b",
          "label": "b)",
          "text": "To co-operate with the Children's Services Commissioner, Improvement Advisor and PiPs, including on request allowing at all reasonable times access:",
          "continuation": "which appears to them to be necessary for achieving the purposes of, and carrying out the responsibilities set out in, the Terms of Reference.",
          "items": [
            {
              "number": "i",
              "text": "to any premises of the Council;"
            },
            {
              "number": "ii",
              "text": "to any document of, or relating to, the Council; and"
            },
            {
              "number": "iii",
              "text": "to any employee or member of the Council,"
            }
          ]
        },
        {
          "number": "c",
          "label": "c)",
          "text": "To provide the Children's Services Commissioner with such amenities, services and administrative support as she may reasonably require from time to time for the carrying out of her responsibilities in accordance with the Terms of Reference, including:",
          "items": [
            {
              "number": "i",
              "text": "providing officers' time or support;"
            },
            {
              "number": "ii",
              "text": "providing office space, meeting rooms or computer facilities;"
            }
          ]
        },
        {
          "number": "d",
          "label": "d)",
          "text": "By the 31 January 2020, have an agreed formal partnership arrangement with a strong Local Authority, which must provide that they work with the Council to deliver all of its children's social care services functions. The terms of the partnership agreement, and any subsequent changes to it, must be agreed by the Secretary of State. If a formal partnership cannot be brokered, alternative delivery arrangements will need to be sought."
        },
        {
          "number": "e",
          "label": "e)",
          "text": "The Department for Education will assess the progress of service improvements through:",
          "items": [
            {
              "number": "a",
              "text": "a combined monthly progress report from the Commissioner, PiPs and Council DCS,"
            },
            {
              "number": "b",
              "text": "formal performance reviews at 3 monthly intervals from the date of this direction, and"
            },
            {
              "number": "c",
              "text": "the Stoke-on-Trent Children's Services Improvement Board chaired by the Commissioner."
            }
          ]
        },
        {
          "number": "f",
          "label": "f)",
          "text": "In consequence of this revised direction, the Secretary of State for Education revokes the First Direction issued to the Council."
        },
        {
          "number": "g",
          "label": "g)",
          "text": "This Second Direction will remain in force until it is revoked by the Secretary of State."
        }
      ]
    }
  ],
  "annexes": [
    {
      "reference": "Annex",
      "heading": "ANNEX",
      "titleLines": [
        "Relevant Functions",
        "Commissioner for Children's Social Care Services",
        "Terms of Reference"
      ],
      "appointeeRole": "CHILDRENS_SERVICES_COMMISSIONER",
      "paragraphs": [
        {
          "number": "1",
          "text": "Stoke-on-Trent Council has systemically failed as its children's social care services were found to be 'inadequate' across all of the key judgements in an Ofsted inspection report (published 18 March 2019). In all cases where a Council has persistently or systemically failed to discharge its children's social care functions there is a presumption that service control will be removed from the Council unless there are good reasons not to do so."
        },
        {
          "number": "2",
          "text": "The Commissioner carried out a comprehensive review and concluded that Stoke-on-Trent did not have the leadership and management capacity and capability to drive forward the changes necessary to achieve the required standards in children's social care and alternative forms of service governance must be considered. In September 2019 the Commissioner recommended that the Council should enter a formal partnership with a strong Local Authority, to work with the Council to deliver all its children's social care services functions."
        },
        {
          "number": "3",
          "text": "The Commissioner is expected to provide independent strategic oversight of Stoke-on-Trent Council's progress towards the partnership, under the updated Direction issued to Stoke-on-Trent Council by the Secretary of State under section 497A of the Education Act 1996 in October 2019. The Commissioner shall:",
          "items": [
            {
              "number": "a",
              "text": "Chair Stoke-on-Trent Children's Services Improvement Board, meeting on a monthly basis;"
            },
            {
              "number": "b",
              "text": "Ensure the improvement plan, which spans children's services, continues to be delivered and robustly monitored. Progress will be reported by the Council to each meeting of the Stoke-on-Trent Children's Services Improvement Board;"
            },
            {
              "number": "c",
              "text": "Ensure the improvement plan includes clear and specific actions which reflect the journey of the child and which are designed to improve the quality of services for children in need of help and protection and children looked after and achieving permanence;"
            },
            {
              "number": "d",
              "text": "oversee the implementation of a robust monitoring and audit framework, which supports practice improvement and the effective delivery of the service;"
            },
            {
              "number": "e",
              "text": "support practice improvement through the re-design of systems and processes;"
            },
            {
              "number": "f",
              "text": "steer the development of a formal partnership between Stoke-on-Trent and agreed Improvement Advisor Authority;"
            },
            {
              "number": "g",
              "text": "sit on the governance board of the formal partnership and"
            },
            {
              "number": "h",
              "text": "deliver monthly written updates on the partnership and Council's progress to the Minister for Children and Families, and lead quarterly formal progress reviews, or more frequently if the pace of progress is not sufficient or if the Minister requires it."
            }
          ]
        }
      ]
    }
  ]
}$text$::jsonb)
ON CONFLICT (reference) DO NOTHING;

-- A database seeded before the signature block was held as printed gets it here; nothing else changes.
UPDATE direction SET signatory_as_printed = 'Emily Whitehead. A Senior Civil Servant in the Department for Education.'
WHERE reference = 'E06000021-2019-10-31' AND signatory_as_printed IS NULL;

-- One duty per obligation, cited by every clause that imposes or refers to it: the reviews of 7.e.b are
-- the quarterly reviews Annex 3.h has the Commissioner lead; the Board of 7.e.c is Annex 3.a's. Providers
-- and recipients are those the text states: the Department assesses progress through 7.e's three means.
INSERT INTO duty (direction_id, position, code, clause, cited_by, kind, title, providers, recipient,
                  cadence_type, cadence_months, cadence_offsets, cadence_due_on, cadence_anchor, cadence_anchor_basis)
SELECT d.id, v.* FROM direction d, (VALUES
 (1, 'partnership-deadline', '7.d', '{}'::varchar(40)[], 'DEADLINE', 'Agreed formal partnership arrangement with a strong Local Authority', ARRAY['COUNCIL']::varchar(60)[], 'SECRETARY_OF_STATE', 'ONCE', NULL::int, NULL::int[], DATE '2020-01-31', NULL::varchar, NULL::varchar),
 (2, 'monthly-progress-report', '7.e.a', '{}'::varchar(40)[], 'PROGRESS_REPORT', 'Combined monthly progress report', ARRAY['CHILDRENS_SERVICES_COMMISSIONER', 'PARTNER_IN_PRACTICE', 'DIRECTOR_OF_CHILDRENS_SERVICES']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'MONTHLY', NULL::int, NULL::int[], NULL::date, NULL, NULL),
 (3, 'performance-review', '7.e.b', ARRAY['Annex.3.h']::varchar(40)[], 'PERFORMANCE_REVIEW', 'Formal performance review at 3-monthly intervals from the date of the direction, led by the Commissioner', ARRAY['CHILDRENS_SERVICES_COMMISSIONER', 'COUNCIL']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'EVERY_N_MONTHS', 3, NULL::int[], NULL::date, 'DIRECTION_DATE', 'STATED'),
 (4, 'improvement-board-meeting', 'Annex.3.a', ARRAY['7.e.c']::varchar(40)[], 'IMPROVEMENT_BOARD_MEETING', 'Monthly meeting of the Improvement Board chaired by the Commissioner', ARRAY['CHILDRENS_SERVICES_COMMISSIONER']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'MONTHLY', NULL::int, NULL::int[], NULL::date, NULL, NULL),
 (5, 'board-progress-report', 'Annex.3.b', '{}'::varchar(40)[], 'IMPROVEMENT_BOARD_REPORT', 'Council progress report to each Improvement Board meeting', ARRAY['COUNCIL']::varchar(60)[], 'IMPROVEMENT_BOARD', 'PER_BOARD_MEETING', NULL::int, NULL::int[], NULL::date, NULL, NULL),
 (6, 'minister-written-update', 'Annex.3.h', '{}'::varchar(40)[], 'WRITTEN_UPDATE', 'Monthly written update to the Minister for Children and Families', ARRAY['CHILDRENS_SERVICES_COMMISSIONER']::varchar(60)[], 'MINISTER_CHILDREN_FAMILIES', 'MONTHLY', NULL::int, NULL::int[], NULL::date, NULL, NULL)
) AS v (position, code, clause, cited_by, kind, title, providers, recipient, cadence_type, cadence_months, cadence_offsets, cadence_due_on,
        cadence_anchor, cadence_anchor_basis)
WHERE d.reference = 'E06000021-2019-10-31'
ON CONFLICT (direction_id, code) DO NOTHING;

-- Medway Council, 2020-01-07
INSERT INTO direction (reference, council_gss_code, council_name, direction_date, status, title, statutory_basis,
                       signatory_name, signatory_capacity, signed_on_behalf_of, date_as_printed, revokes_reference, content) VALUES
 ('E06000035-2020-01-07', 'E06000035', 'Medway Council', DATE '2020-01-07', 'ISSUED',
  'STATUTORY DIRECTION TO MEDWAY COUNCIL IN RELATION TO CHILDREN''S SERVICES UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996',
  'section 497A(4B) of the Education Act 1996', 'Matthew Edwards', 'A Senior Civil Servant in the Department for Education',
  'the Secretary of State for Education', '07 January 2020', 'E06000035-2019-08-27',
$text${
  "recitals": [
    {
      "number": "1",
      "text": "The Secretary of State for Education (\"the Secretary of State\") has noted in respect of Medway Council (\"the Council\") that performance in respect of children's social care services is 'inadequate' as detailed in Ofsted's inspection report of 27 August 2019 (the 2019 Ofsted report).",
      "citations": [
        {
          "kind": "OFSTED_REPORT",
          "date": "2019-08-27",
          "framework": "ILACS_2018",
          "overallEffectiveness": "INADEQUATE"
        }
      ]
    },
    {
      "number": "2",
      "text": "The Council's failure led the Secretary of State to issue a statutory direction on 27 August 2019 (\"the first direction\"), requiring the Council to comply with any instructions of the Secretary of State or Children's Services Commissioner for Medway; and to co-operate with a Commissioner-led review of services.",
      "citations": [
        {
          "kind": "DIRECTION",
          "date": "2019-08-27",
          "direction": "E06000035-2019-08-27"
        }
      ]
    },
    {
      "number": "3",
      "text": "The Secretary of State has carefully considered:",
      "items": [
        {
          "number": "a",
          "text": "Ofsted's inspection report of 27 August 2019, which found the Council's delivery of children's social care services, particularly in relation to the impact of leaders on social work practice with children and families and the experiences and progress of children who need help and protections to be rated as 'inadequate'.",
          "citations": [
            {
              "kind": "OFSTED_REPORT",
              "date": "2019-08-27",
              "framework": "ILACS_2018",
              "judgements": [
                {
                  "area": "IMPACT_OF_LEADERS",
                  "judgement": "INADEQUATE"
                },
                {
                  "area": "HELP_AND_PROTECTION",
                  "judgement": "INADEQUATE"
                }
              ]
            }
          ]
        },
        {
          "number": "b",
          "text": "The Children's Services Commissioner's report of December 2019 (\"the 2019 Commissioner report\") which concluded that in order to provide sustainable improvements to children's social care services the Council requires external direction and intensive leadership support.",
          "citations": [
            {
              "kind": "COMMISSIONER_REPORT",
              "month": "2019-12"
            }
          ]
        }
      ]
    },
    {
      "number": "4",
      "text": "The Secretary of State is therefore satisfied that the Council is still failing to perform to an adequate standard, some or all of the functions to which section 497A of the Education Act 1996 (\"the 1996 Act\") is applied by section 50 of the Children Act 2004 (\"children's social care functions\"), namely;",
      "items": [
        {
          "number": "a",
          "label": "a)",
          "text": "social services functions, as defined in the Local Authority Social Services Act 1970, so far as those functions relate to children;"
        },
        {
          "number": "b",
          "label": "b)",
          "text": "the functions conferred on the Council under sections 23C to 24D of the Children Act 1989 (so far as not falling within paragraph a. above); and"
        },
        {
          "number": "c",
          "label": "c)",
          "text": "the functions conferred on the Council under sections 10, 12, 12C, 12D and 17A of the Children Act 2004."
        }
      ]
    },
    {
      "number": "5",
      "text": "The Secretary of State will appoint a Leadership Improvement Partner to work with the Council in accordance with, and for the purposes of, the terms of reference (\"the terms of reference\") set out in Annex A to this direction."
    },
    {
      "number": "6",
      "text": "The Secretary of State has extended the appointment of Eleanor Brazil as Commissioner for Children's Services in Medway (\"the Children's Services Commissioner\") in accordance with, and for the purposes of, the terms of reference (\"the non-executive Commissioner's Terms of Reference\") set out in Annex B to this direction."
    },
    {
      "number": "7",
      "text": "The Secretary of State, having considered representations made by the Council, considers it expedient, in accordance with his powers under section 497A(4B) of the Education Act 1996, to direct the Council as set out below in order to ensure that all of the Council's children's social care functions are performed to an adequate standard."
    }
  ],
  "functions": [
    {
      "set": "SOCIAL_SERVICES_FUNCTIONS_CHILDREN",
      "clause": "4.a"
    },
    {
      "set": "CHILDREN_ACT_1989_SS23C_TO_24D",
      "clause": "4.b"
    },
    {
      "set": "CHILDREN_ACT_2004_SS10_12_12C_12D_17A",
      "clause": "4.c"
    }
  ],
  "clauses": [
    {
      "number": "8",
      "text": "Pursuant to his powers under section 497A(4B) of the Education Act 1996 Act, the Secretary of State directs the Council as follows:",
      "items": [
        {
          "number": "a",
          "text": "To comply with any instructions of the Leadership Improvement Partner and / or the Children's Services Commissioner in relation to the improvement of the Council's exercise of its children's social care functions and provide such assistance as either may require;"
        },
        {
          "number": "b",
          "text": "To co-operate with the Leadership Improvement Partner and / or Children's Services Commissioner, including on request allowing either at all reasonable times access:",
          "continuation": "which appears to be necessary for achieving the purposes of, and carrying out the responsibilities set out in, the Terms of Reference or non-executive Commissioner's Terms of Reference.",
          "items": [
            {
              "number": "i",
              "text": "to any premises of the Council;"
            },
            {
              "number": "ii",
              "text": "to any document of, or relating to, the Council; and"
            },
            {
              "number": "iii",
              "text": "to any employee or member of the Council,"
            }
          ]
        },
        {
          "number": "c",
          "text": "To provide the Leadership Improvement Partner and / or Children's Services Commissioner with such amenities, services and administrative support as they may reasonably require from time to time for the carrying out of their responsibilities in accordance with the Terms of Reference or non-executive Terms of Reference, including:",
          "items": [
            {
              "number": "i",
              "text": "providing officers' time or support;"
            },
            {
              "number": "ii",
              "text": "providing office space, meeting rooms or computer facilities;"
            }
          ]
        },
        {
          "number": "d",
          "text": "To ensure a comprehensive progress report is provided by the Director of Children's Services to each meeting of the Improvement Board;"
        },
        {
          "number": "e",
          "text": "To co-operate with a Commissioner-led review at 6 and 12 months from the date of this direction to assess whether the Council is making sufficient progress in improving its children's social care services;"
        },
        {
          "number": "f",
          "text": "To ensure that the Chair of the Improvement Board reports to the Secretary of State on progress in delivering the improvement plan, on a quarterly basis"
        }
      ]
    },
    {
      "number": "9",
      "text": "In consequence of this direction, the Secretary of State revokes the first direction."
    },
    {
      "number": "10",
      "text": "This direction will remain in force until it is revoked by the Secretary of State."
    }
  ],
  "annexes": [
    {
      "reference": "AnnexA",
      "heading": "ANNEX A",
      "titleLines": [
        "Medway Council Leadership Improvement Partner",
        "Terms of Reference – January 2020"
      ],
      "appointeeRole": "LEADERSHIP_IMPROVEMENT_PARTNER",
      "paragraphs": [
        {
          "number": "1",
          "text": "Medway Council (“the Council”) has failed in its delivery of children’s social care services. The 2019 Ofsted report found the service to be ‘inadequate’ overall."
        },
        {
          "number": "2",
          "text": "The Leadership Improvement Partner is expected to support the Council to prioritise children’s social care services, to co-ordinate action and to implement change in a strategic way. This will include managing the resources and expertise required to improve those areas of practice that Ofsted has judged to be inadequate. The Leadership Improvement Partner shall in particular:",
          "items": [
            {
              "number": "a",
              "text": "Provide leadership, support and practice advice in line with priorities agreed with the Council and set out in the Commissioner’s report and addressing areas of weakness identified by the Ofsted report;"
            },
            {
              "number": "b",
              "text": "Provide training and coaching to key members – Leader, Lead member, scrutiny and corporate parenting panels, including opposition members;"
            },
            {
              "number": "c",
              "text": "Provide direction, monitoring, coaching and supervision to the Chief Executive and children’s services senior team to secure the necessary improvements and to build their capabilities;"
            },
            {
              "number": "d",
              "text": "To issue any necessary instructions to the Council for the purpose of securing immediate improvement in the authority’s children’s social care service; and,"
            },
            {
              "number": "e",
              "text": "Provide regular reports to the Department for Education to assess service improvements in Medway by reference to the Commissioner’s report and Ofsted report. These reports may cover but are not exclusive to practice; performance; culture; leadership; management, scrutiny and governance; management oversight and early help."
            }
          ]
        }
      ]
    },
    {
      "reference": "AnnexB",
      "heading": "ANNEX B",
      "titleLines": [
        "Non-Executive Commissioner for Children's Services",
        "Medway Council",
        "Terms of Reference"
      ],
      "appointeeRole": "NON_EXECUTIVE_COMMISSIONER",
      "introduction": "In line with the recommendations set out in the Ofsted report of children's social care published 27 August 2019 and the Children's Services Commissioner's report of December 2019 the Commissioner for Children's Services for Medway is expected to take the following steps:",
      "paragraphs": [
        {
          "number": "1",
          "text": "Support the appointment and implementation of the Leadership Improvement Partnership, including providing sign-off to the agreed work plan."
        },
        {
          "number": "2",
          "text": "To provide advice and guidance to the Council as needed, particularly in relation to recruitment to senior posts within the Council, including attending assessment panels as necessary."
        },
        {
          "number": "3",
          "text": "To bring together evidence to assess the impact of the Leadership Improvement Partnership arrangement. In particular, to conduct a review of effectiveness at 6 and 12 months to ensure the arrangement is having the impact needed to bring about long-term sustainable improvement."
        },
        {
          "number": "4",
          "text": "If positive impact is not evident following review, to advise on relevant alternative delivery and governance arrangements for children's social care, outside of the operational control of the Council, taking account of local circumstances and the views of the Council and key partners."
        },
        {
          "number": "5",
          "text": "To report to the Parliamentary Under Secretary of State for Children and Families at 6 and 12 months from the date of this direction."
        }
      ]
    }
  ]
}$text$::jsonb)
ON CONFLICT (reference) DO NOTHING;

-- 8.e's review and Annex B.3's are one review, to no recipient the text names; B.5's report to the
-- Parliamentary Under Secretary of State follows it. 8.f's "on a quarterly basis" states no anchor: the
-- direction's date is chosen.
INSERT INTO duty (direction_id, position, code, clause, cited_by, kind, title, providers, recipient,
                  cadence_type, cadence_months, cadence_offsets, cadence_due_on, cadence_anchor, cadence_anchor_basis)
SELECT d.id, v.* FROM direction d, (VALUES
 (1, 'board-progress-report', '8.d', '{}'::varchar(40)[], 'IMPROVEMENT_BOARD_REPORT', 'Comprehensive progress report by the Director of Children''s Services to each Improvement Board meeting', ARRAY['DIRECTOR_OF_CHILDRENS_SERVICES']::varchar(60)[], 'IMPROVEMENT_BOARD', 'PER_BOARD_MEETING', NULL::int, NULL::int[], NULL::date, NULL::varchar, NULL::varchar),
 (2, 'commissioner-review', '8.e', ARRAY['AnnexB.3']::varchar(40)[], 'REVIEW', 'Commissioner-led review at 6 and 12 months from the date of the direction, of the Council''s progress and the Leadership Improvement Partnership''s effectiveness', ARRAY['NON_EXECUTIVE_COMMISSIONER', 'COUNCIL']::varchar(60)[], 'NOT_STATED', 'AT_MONTH_OFFSETS', NULL::int, ARRAY[6, 12], NULL::date, NULL, NULL),
 (3, 'quarterly-report-to-secretary-of-state', '8.f', '{}'::varchar(40)[], 'QUARTERLY_REPORT', 'Quarterly report by the Chair of the Improvement Board to the Secretary of State', ARRAY['IMPROVEMENT_BOARD_CHAIR']::varchar(60)[], 'SECRETARY_OF_STATE', 'EVERY_N_MONTHS', 3, NULL::int[], NULL::date, 'DIRECTION_DATE', 'CHOSEN'),
 (4, 'minister-report', 'AnnexB.5', '{}'::varchar(40)[], 'WRITTEN_UPDATE', 'Report to the Parliamentary Under Secretary of State for Children and Families at 6 and 12 months', ARRAY['NON_EXECUTIVE_COMMISSIONER']::varchar(60)[], 'PARLIAMENTARY_UNDER_SECRETARY_CHILDREN_FAMILIES', 'AT_MONTH_OFFSETS', NULL::int, ARRAY[6, 12], NULL::date, NULL, NULL),
 (5, 'lip-regular-reports', 'AnnexA.2.e', '{}'::varchar(40)[], 'REGULAR_REPORT', 'Regular reports to the Department for Education on service improvements', ARRAY['LEADERSHIP_IMPROVEMENT_PARTNER']::varchar(60)[], 'DEPARTMENT_FOR_EDUCATION', 'REGULAR', NULL::int, NULL::int[], NULL::date, NULL, NULL)
) AS v (position, code, clause, cited_by, kind, title, providers, recipient, cadence_type, cadence_months, cadence_offsets, cadence_due_on,
        cadence_anchor, cadence_anchor_basis)
WHERE d.reference = 'E06000035-2020-01-07'
ON CONFLICT (direction_id, code) DO NOTHING;

-- Duties without a date. Medway Annex B.1 (the non-executive Commissioner's terms of reference) falls due when
-- councils-service records the Leadership Improvement Partner's appointment; the text states no period and no
-- recipient. Stoke-on-Trent 7.b and Medway 8.b: access on request, to whoever the clause lets ask.
INSERT INTO duty (direction_id, position, code, clause, cited_by, kind, title, providers, recipient,
                  cadence_type, trigger_event, trigger_role, cadence_within, cadence_requesters)
SELECT d.id, v.position, v.code, v.clause, '{}'::varchar(40)[], v.kind, v.title, v.providers, v.recipient,
       v.cadence_type, v.trigger_event, v.trigger_role, NULL, v.requesters
FROM direction d JOIN (VALUES
 ('E06000021-2019-10-31', 8, 'access-on-request', '7.b', 'ACCESS', 'Access on request, at all reasonable times, to the Council''s premises, documents, and employees or members', ARRAY['COUNCIL']::varchar(60)[], 'REQUESTER', 'ON_REQUEST', NULL, NULL, ARRAY['CHILDRENS_SERVICES_COMMISSIONER', 'IMPROVEMENT_ADVISOR', 'PARTNER_IN_PRACTICE']::varchar(60)[]),
 ('E06000035-2020-01-07', 7, 'work-plan-sign-off', 'AnnexB.1', 'SIGN_OFF', 'Sign-off to the agreed work plan of the Leadership Improvement Partnership', ARRAY['NON_EXECUTIVE_COMMISSIONER']::varchar(60)[], 'NOT_STATED', 'ON_EVENT', 'APPOINTMENT', 'LEADERSHIP_IMPROVEMENT_PARTNER', NULL::varchar(60)[]),
 ('E06000035-2020-01-07', 8, 'access-on-request', '8.b', 'ACCESS', 'Access on request, at all reasonable times, to the Council''s premises, documents, and employees or members', ARRAY['COUNCIL']::varchar(60)[], 'REQUESTER', 'ON_REQUEST', NULL, NULL, ARRAY['LEADERSHIP_IMPROVEMENT_PARTNER', 'NON_EXECUTIVE_COMMISSIONER']::varchar(60)[])
) AS v (reference, position, code, clause, kind, title, providers, recipient, cadence_type, trigger_event, trigger_role, requesters)
  ON d.reference = v.reference
ON CONFLICT (direction_id, code) DO NOTHING;

-- Each seeded direction's history starts with its seeding.
INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
SELECT 'direction', d.reference, 'seeded', 'seed-data', now(),
       jsonb_build_object('status', jsonb_build_object('from', NULL, 'to', d.status))
FROM direction d
WHERE d.reference IN ('E06000021-2019-05-16', 'E06000021-2019-10-31', 'E06000035-2019-08-27', 'E06000035-2020-01-07')
  AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.entity_type = 'direction' AND a.entity_id = d.reference AND a.action = 'seeded');
