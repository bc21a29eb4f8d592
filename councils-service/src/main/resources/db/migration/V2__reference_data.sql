-- Reference data every environment needs: Ofsted frameworks with their judgement areas, and roles.

INSERT INTO ofsted_framework (code, name, in_force_from, in_force_to, position) VALUES
 ('SIF', 'Single inspection framework: inspection of services for children in need of help and protection, children looked after and care leavers', DATE '2013-11-01', NULL, 1),
 ('ILACS_2018', 'Inspecting local authority children''s services (ILACS), 2018 framework', DATE '2018-01-01', DATE '2022-12-31', 2),
 ('ILACS_2023', 'Inspecting local authority children''s services (ILACS), from January 2023', DATE '2023-01-01', NULL, 3);

-- The overall effectiveness judgement is kept on each inspection; these are the other graded areas.
INSERT INTO judgement_area (framework_code, code, name, position) VALUES
 ('SIF', 'HELP_AND_PROTECTION', 'Children who need help and protection', 1),
 ('SIF', 'LOOKED_AFTER_AND_PERMANENCE', 'Children looked after and achieving permanence', 2),
 ('SIF', 'ADOPTION_PERFORMANCE', 'Adoption performance', 3),
 ('SIF', 'CARE_LEAVERS', 'Experiences and progress of care leavers', 4),
 ('SIF', 'LEADERSHIP_MANAGEMENT_GOVERNANCE', 'Leadership, management and governance', 5),
 ('ILACS_2018', 'IMPACT_OF_LEADERS', 'The impact of leaders on social work practice with children and families', 1),
 ('ILACS_2018', 'HELP_AND_PROTECTION', 'The experiences and progress of children who need help and protection', 2),
 ('ILACS_2018', 'CHILDREN_IN_CARE_AND_CARE_LEAVERS', 'The experiences and progress of children in care and care leavers', 3),
 ('ILACS_2023', 'IMPACT_OF_LEADERS', 'The impact of leaders on social work practice with children and families', 1),
 ('ILACS_2023', 'HELP_AND_PROTECTION', 'The experiences and progress of children who need help and protection', 2),
 ('ILACS_2023', 'CHILDREN_IN_CARE', 'The experiences and progress of children in care', 3),
 ('ILACS_2023', 'CARE_LEAVERS', 'The experiences and progress of care leavers', 4);

INSERT INTO role (code, name, holder_kind, council_scoped, description, position) VALUES
 ('CHILDRENS_SERVICES_COMMISSIONER', 'Children''s Services Commissioner', 'PERSON', true, 'Appointed by the Secretary of State to oversee improvement of a council''s children''s social care, under terms of reference annexed to a direction.', 1),
 ('NON_EXECUTIVE_COMMISSIONER', 'Non-executive Commissioner for Children''s Services', 'PERSON', true, 'A Commissioner who advises and reviews without executive control of the service.', 2),
 ('IMPROVEMENT_ADVISOR', 'Improvement Advisor', 'ORGANISATION', true, 'A strong local authority (Ofsted rated Good or Outstanding) in formal partnership with the council, providing executive leadership.', 3),
 ('PARTNER_IN_PRACTICE', 'Partner in Practice', 'ORGANISATION', true, 'A local authority giving frontline practice support under the Partners in Practice programme.', 4),
 ('LEADERSHIP_IMPROVEMENT_PARTNER', 'Leadership Improvement Partner', 'ORGANISATION', true, 'Appointed by the Secretary of State to support and direct the council''s improvement under terms of reference annexed to a direction.', 5),
 ('REGIONAL_IMPROVEMENT_ALLIANCE', 'Regional Improvement Alliance', 'ORGANISATION', true, 'The region''s sector-led improvement alliance of local authorities.', 6),
 ('DIRECTOR_OF_CHILDRENS_SERVICES', 'Director of Children''s Services', 'PERSON', true, 'The council''s statutory Director of Children''s Services (DCS).', 7),
 ('IMPROVEMENT_BOARD_CHAIR', 'Improvement Board chair', 'PERSON', true, 'Chairs the council''s children''s services Improvement Board.', 8),
 ('MINISTER_CHILDREN_FAMILIES', 'Minister for Children and Families', 'PERSON', false, 'Parliamentary Under-Secretary of State for Children and Families.', 9),
 ('SENIOR_CIVIL_SERVANT', 'Senior Civil Servant', 'PERSON', false, 'A Senior Civil Servant in the Department for Education, who may sign directions on behalf of the Secretary of State.', 10);
