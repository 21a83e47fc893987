import type { FrameworkContent } from './framework-schema';

// The Head of Engineering framework as plain data.
//
// Copied word for word from the source text (do not edit the wording here
// without changing the source): introduction, section titles, area titles and
// descriptions, behaviour descriptions, resource titles and `why`, and the
// archetypes line.
//
// Written for Headway: scale, section summaries, behaviour titles, level
// descriptors, the two targets and why, must-haves, section weights,
// reflection prompts, opportunities to ask for and how each resource helps.
export const frameworkContent: FrameworkContent = {
  name: 'Head of Engineering',
  introduction:
    'Move from managing a team to leading an engineering organisation - setting conditions for multiple teams to perform, shaping technical culture and strategy, and operating credibly with executive stakeholders.',

  scale: [
    {
      level: 1,
      name: 'Not yet',
      summary:
        'You have not done this yet, or only watched others do it, and could not point to anything you have done or produced for it.',
    },
    {
      level: 2,
      name: 'Emerging',
      summary:
        'You have done this a few times, mostly within your own team or with support, and can point to one or two examples but not yet a repeatable practice.',
    },
    {
      level: 3,
      name: 'Developing',
      summary:
        'You do this regularly across several teams or managers and have artefacts to show for it, but it is not yet reliable across the whole organisation.',
    },
    {
      level: 4,
      name: 'Established',
      summary:
        'You do what the framework expects of a Head of Engineering here, reliably and across the whole organisation, and your managers, peers or executives could confirm it with evidence.',
    },
    {
      level: 5,
      name: 'Leading',
      summary:
        'You go beyond what the framework expects: others inside and outside the organisation learn from how you do it, and your approach has become a standard others adopt.',
    },
  ],

  sections: [
    {
      key: 'skill-areas',
      title: 'Skills to Develop',
      weight: 1,
      summary:
        'The five capability areas that separate leading an engineering organisation from managing a single team.',
      items: [
        {
          key: 'managing-managers',
          title: 'Managing Managers',
          description:
            'Managing managers is qualitatively different from managing engineers. You are no longer the expert on individual performance or technical decisions - you are accountable for creating conditions where your managers can do their job well. This means coaching managers to give feedback, setting expectations for people management quality, and holding managers accountable for team health rather than just delivery.',
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: true,
            why: "Step up at 3: a credible candidate already manages several managers, coaches them on feedback and hiring and has written down what good people management is; without that the role would be learnt on the job. In the role at 4: every manager works to those expectations and is held to team health without the HoE stepping in. A must-have, because managing managers is the job.",
          },
          reflectionPrompts: [
            "Which manager has handled a hard feedback conversation this quarter without you stepping in, and how do you know it went well?",
            "When did you last act on a team's health signals even though it was delivering? What did you do?",
            "Where are your expectations for people management written, and which of your managers could repeat them?",
          ],
          opportunity: {
            stretch: "Take on a second manager or team lead as a direct report for two quarters, with written people management expectations you agree with them and review.",
            question: "Could I manage one of the team leads for the next two quarters, so that I can show coaching a manager rather than managing engineers?",
          },
          descriptors: {
            1: 'You manage engineers directly and step in yourself on individual performance or technical decisions. You have not yet coached another manager, written down what good people management looks like, or discussed team health with a manager as something they are accountable for.',
            2: 'You coach one manager or team lead, for example preparing them for a difficult feedback conversation and debriefing it afterwards, but your 1:1s with them still focus mainly on delivery, and your expectations for their people management exist only in your head.',
            3: 'You manage several managers through regular coaching 1:1s on feedback, hiring and performance, and they have seen your written expectations for people management quality. You review team health signals such as attrition and engagement with them, though follow-through when a team struggles is uneven.',
            4: 'Every manager in your organisation works to shared, written people management expectations, and you hold them accountable for team health alongside delivery: health signals are reviewed in your 1:1s and calibration, and you act when a team struggles even if it ships. Managers give feedback without you stepping in.',
            5: 'Your organisation grows managers: people you coached now coach others, internal promotions into management succeed, and peer leaders or other organisations have adopted your people management expectations or coaching approach. Managers outside your organisation seek you out to learn how you hold accountability for team health.',
          },
        },
        {
          key: 'technical-strategy',
          title: 'Organisation-Wide Technical Strategy',
          description:
            "The HoE owns or co-owns technical strategy for the engineering organisation. This means synthesising input from architects, lead engineers, product leaders, and the broader business context into a coherent direction - and making investment decisions that improve the organisation's capabilities over time. Technical strategy is not a document - it is a sequence of decisions.",
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: true,
            why: "Step up at 3: a candidate has led technical direction across several teams as recorded decisions with their trade-offs; owning the whole organisation's strategy comes with the role. In the role at 4: the strategy can be shown as a revisited sequence of decisions whose investments improved capabilities. A must-have, because the HoE owns or co-owns it.",
          },
          reflectionPrompts: [
            "Name the last three technical decisions you made or recommended beyond your own team. Who gave input, and what did each trade off?",
            "Which investment decision of yours changed what several teams can do a year later?",
            "Which earlier decision did you revisit when the context changed, and what did you decide then?",
          ],
          opportunity: {
            stretch: "Lead one cross-team technical decision end to end, such as a platform migration or a build-or-buy choice: gather input from architects, lead engineers and product, record the decision and its trade-offs, and revisit it after a quarter.",
            question: "Is there a cross-team technical decision coming up this half that I could lead, with you reviewing the trade-offs before it is made?",
          },
          descriptors: {
            1: "You make technical decisions for your own team's systems but have not yet contributed to strategy beyond it. You could not describe the organisation's technical direction or name the investment decisions that are shaping it.",
            2: "You bring your own team's perspective to technical strategy discussions, for example raising a platform constraint or proposing a migration, and sometimes gather input from a lead engineer or product manager, but others make the decisions and decide their sequence.",
            3: 'You lead technical direction across several teams: you gather input from architects, lead engineers and product leaders, record decisions with their trade-offs, for example as decision records, and make or recommend investment decisions for that area, though the link to business context is sometimes thin.',
            4: "You own or co-own the organisation's technical strategy and can show it as a sequence of decisions, each synthesising input from architects, lead engineers, product and the business, recorded with its reasoning and revisited. Investment decisions you made have visibly improved the organisation's capabilities over a year or more.",
            5: 'The business plans around your technical direction, and other leaders, inside and outside the organisation, reuse how you make and sequence strategic decisions. You can show multi-year sequences of investment decisions that changed what the organisation is able to do.',
          },
        },
        {
          key: 'engineering-culture',
          title: 'Engineering Culture',
          description:
            'Culture is not a values poster - it is the collection of behaviours that are rewarded, tolerated, and discouraged in your organisation. The HoE actively shapes culture by what they recognise, what they model, what they challenge, and what they invest in. A strong engineering culture attracts and retains great engineers and produces better outcomes than any process or tooling.',
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: false,
            why: "Step up at 3: a candidate names the behaviours rewarded, tolerated and discouraged across several teams and acts on them, including with high performers. In the role at 4: culture is shaped through what is recognised, modelled, challenged and invested in across the organisation, with evidence it works. Not a must-have on its own: it is shown through the other items as much as here.",
          },
          reflectionPrompts: [
            "Which behaviour did you recognise publicly this quarter, and which did you challenge? What changed afterwards?",
            "What does your organisation tolerate that you would not choose? What have you done about it?",
            "What evidence, such as retention, engagement or hiring data, tells you whether your culture work is working?",
          ],
          opportunity: {
            stretch: "Own one cultural practice across several teams for two quarters, such as the incident review format or how promotions recognise collaboration, and measure whether behaviour changes.",
            question: "Which cultural practice across our teams would you trust me to own for the next two quarters, and what would you want to see change?",
          },
          descriptors: {
            1: 'You think of culture as values statements or team events and have not yet looked at which behaviours your own actions reward or tolerate. You could not name a behaviour you have deliberately recognised, modelled or challenged.',
            2: 'In your own team you deliberately recognise behaviours you want, such as careful code review or raising risks early, and model them yourself, but you rarely challenge behaviour that is tolerated and do not yet check whether your recognition changes what people do.',
            3: 'Across several teams you can name specific behaviours that are rewarded, tolerated and discouraged, and you act on them: you recognise the ones you want publicly, challenge the ones you do not, including from high performers, and work with your managers to do the same.',
            4: "You shape the organisation's culture deliberately through what you recognise, model, challenge and invest in, for example promotion criteria, incident review practice or time for learning. You can show evidence it is working, such as retention, engagement or hiring data, and you challenge tolerated behaviour even when the person delivers.",
            5: 'Your engineering culture is a visible reason engineers join and stay: candidates cite it, other departments or organisations adopt your practices, and you talk or write about how it was built. It holds under pressure, such as a reorganisation or a hard deadline, without you personally enforcing it.',
          },
        },
        {
          key: 'executive-stakeholders',
          title: 'Executive Stakeholder Relationships',
          description:
            'The HoE represents engineering to the rest of the business - product, finance, legal, executive leadership. This requires being able to communicate engineering constraints, capacity, quality, and investment needs in terms that business leaders can act on. It also requires advocating for engineering investment from a position of credibility, not just assertion.',
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: true,
            why: "Step up at 3: a candidate has working relationships with several business functions and has won at least some investment cases on evidence. In the role at 4: product, finance, legal and executive leadership treat the HoE as the voice of engineering. A must-have, because the HoE represents engineering to the rest of the business.",
          },
          reflectionPrompts: [
            "Which investment case did you put to finance or executive leadership, and what evidence carried it?",
            "When did a business leader act on an engineering constraint because of how you explained it?",
            "Which of your past estimates or claims can an executive check, and did they hold?",
          ],
          opportunity: {
            stretch: "Present one engineering investment case or quarterly engineering update to executive leadership or finance yourself, prepared with your manager but delivered and defended by you.",
            question: "Could I present our next investment case or engineering update to the leadership team myself, with you there to debrief me afterwards?",
          },
          descriptors: {
            1: 'You communicate mainly with your own team and its product partner. You have not yet explained engineering constraints, capacity or investment needs to finance, legal or executive leadership, or you describe them in technical terms they cannot act on.',
            2: "You occasionally present to senior stakeholders, for example a delivery update or a single investment request, and prepare with your manager's help. You can put a constraint or capacity issue in business terms when asked, but your requests rest mostly on assertion rather than evidence.",
            3: "You have working relationships with several business functions, such as product and finance, and explain capacity, quality and investment needs in terms of cost, risk and customer outcomes. Some of your investment cases have been approved on evidence, though executives still go to your manager for engineering's position.",
            4: 'Product, finance, legal and executive leadership treat you as the voice of engineering. You regularly put constraints, capacity, quality and investment needs in business terms they act on, and your investment cases win support because your past estimates and claims have held up, not because of assertion.',
            5: 'Executives seek your view on business decisions beyond engineering, and your judgement shapes company-level plans and budgets. Other business leaders adopt your way of presenting engineering investment, and you help other engineering leaders build the same credibility with their own executives.',
          },
        },
        {
          key: 'operating-model',
          title: 'Operating Model and Delivery Health at Scale',
          description:
            'The HoE owns the operating model for the engineering organisation - how teams are structured, how work flows, how quality is maintained, and how delivery health is measured and improved. DORA metrics, team topologies, engineering excellence frameworks - these are the tools of the trade at this level. The HoE creates the conditions for consistency and continuous improvement across many teams.',
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: false,
            why: "Step up at 3: a candidate has shaped how several teams are structured and how work flows between them, and reviews delivery health measures with actions tracked to completion. In the role at 4: the organisation's operating model is owned and improving without the HoE running it. Not a must-have: many candidates inherit an operating model and can grow into owning it.",
          },
          reflectionPrompts: [
            "Which change you made to team structure or ownership improved how work flows? What measure showed it?",
            "Which delivery health measures do you review across teams, how often, and what did the last review change?",
            "Which improvement loop would keep running if you were away for a month?",
          ],
          opportunity: {
            stretch: "Run the delivery health review for several teams for two quarters: choose the measures with the managers, hold the review, and track the improvement actions to completion.",
            question: "Could I take over the delivery health review across our teams for two quarters, including changes to how they are structured if the data points there?",
          },
          descriptors: {
            1: "You run your own team's process as you inherited it and have not yet measured its delivery health. You could not explain how team structure affects the flow of work, or what DORA metrics or team topologies would show about your team.",
            2: 'You track some delivery measures for your own team, such as deployment frequency or lead time, and have changed a practice in response, but team structure, flow and quality standards across teams are decided by others and you do not compare across teams.',
            3: 'Across several teams you have shaped how teams are structured and how work flows between them, using team topologies to define ownership and interactions. DORA or similar metrics are collected for those teams and reviewed regularly, with improvement actions you track to completion.',
            4: "You own the organisation's operating model: team structures, how work flows, quality standards and how delivery health is measured, using DORA metrics, team topologies and an engineering excellence framework. Delivery health is reviewed on a regular cadence across all teams, and you can show sustained, consistent improvement rather than one-off gains.",
            5: 'Your operating model is a reference others adopt: other departments or organisations reuse your structures, measures or review cadence, and you contribute to how the industry thinks about delivery health. Teams and managers run the improvement loop themselves without your direct involvement.',
          },
        },
      ],
    },
    {
      key: 'behaviours',
      title: 'Behaviours to Demonstrate',
      weight: 1,
      summary:
        'Six specific things a Head of Engineering does to lead the organisation through AI adoption responsibly and on the evidence.',
      items: [
        {
          key: 'ai-adoption-strategy',
          title: 'AI adoption strategy',
          description:
            "Develop and own the engineering organisation's AI adoption strategy - what tools are adopted, under what governance, with what quality standards and data handling requirements - and present it to executive leadership.",
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: false,
            why: "Step up at 3: a candidate has written and applied how several teams adopt AI tools, with governance, quality and data handling agreed with security or legal. In the role at 4: the organisation's strategy is owned, applied by teams without the HoE, and presented to and challenged by executive leadership.",
          },
          reflectionPrompts: [
            "Which AI tools do your teams use, under which rules, and who agreed those rules with you?",
            "When did a team apply your AI guidance to a decision without asking you?",
            "What did executive leadership challenge in your AI adoption strategy, and how did you answer?",
          ],
          opportunity: {
            stretch: "Write the AI adoption approach for a group of teams, covering which tools, under what governance, quality standards and data handling, agree it with security or legal, and run it for a quarter.",
            question: "Could I draft the AI tooling approach for our teams with security and legal, and present it to the leadership team once it has run for a quarter?",
          },
          descriptors: {
            1: 'You use AI tools yourself or see your team use them, but you have not defined which tools are allowed, under what governance, or with what quality standards and data handling rules. There is no written AI adoption strategy that you own.',
            2: 'You have set AI tooling guidance for your own team, for example an approved tools list, review expectations for AI-generated code and rules on what data may go into prompts, but it is not coordinated with other teams or seen by executive leadership.',
            3: 'You have written an AI adoption strategy for several teams, naming the tools adopted, their governance, quality standards and data handling requirements, agreed with security or legal. Those teams apply it, but it is not yet owned at organisation level or presented to executive leadership.',
            4: "You own the engineering organisation's written AI adoption strategy covering tools, governance, quality standards and data handling requirements, applied across all teams and reviewed as tools change. You have presented it to executive leadership, answered their challenges, and it has been endorsed or adapted with them.",
            5: 'Your AI adoption strategy is used as a model beyond engineering or beyond your organisation: other functions adopt its governance or data handling approach, and peers elsewhere ask to learn from it. You update it ahead of changes in tools and regulation rather than in response to them.',
          },
        },
        {
          key: 'ai-productivity-evidence',
          title: 'Evidence-based view of AI impact',
          description:
            'Build a point of view on how AI tooling affects engineering team productivity, skill development, and hiring needs, grounded in your own organisational data rather than vendor claims or industry hype.',
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: false,
            why: "Step up at 3: a candidate collects data across several teams on how AI tooling affects delivery, quality and skills, and has written a view that separates evidence from vendor claims. In the role at 4: that view covers hiring needs and informs organisation-wide plans.",
          },
          reflectionPrompts: [
            "What data from your own teams supports your view of AI's effect on productivity, and what are its limits?",
            "Where does your data disagree with a vendor claim or a popular article?",
            "What have you seen about how engineers build skills when they work with AI tools?",
          ],
          opportunity: {
            stretch: "Set up a measured comparison of AI tooling across several teams for a quarter, agreeing the delivery, quality and skills measures before it starts, and write up what the data does and does not show.",
            question: "Could I run a one-quarter measured comparison of our AI tooling across a few teams and present what we learn to the leadership team?",
          },
          descriptors: {
            1: 'Your view on how AI tooling affects productivity, skill development or hiring comes from vendor claims, articles or personal impressions. You have not yet looked at any data from your own teams.',
            2: 'You have gathered some data from your own team, such as before-and-after lead time or a survey on how engineers use AI tools, and hold a tentative view, but it covers productivity only and has not been tested against other teams.',
            3: 'Across several teams you collect data on how AI tooling affects delivery measures, code quality and how engineers build skills, and have written a point of view that separates your evidence from vendor claims. It does not yet inform hiring plans or organisation-level decisions.',
            4: "You hold a written, organisation-wide point of view on how AI tooling affects productivity, skill development and hiring needs, grounded in your own organisation's data. You can show the data, its limits and where it contradicts vendor claims or industry hype, and it informs hiring and workforce plans.",
            5: 'Your point of view and the method behind it are cited beyond your organisation, for example in talks, writing or peer groups, and have changed how other leaders measure AI impact. You revise it openly as new data arrives, including when it contradicts your earlier position.',
          },
        },
        {
          key: 'ai-ethics-position',
          title: 'AI ethics position',
          description:
            'Develop the organisational position on AI ethics in engineering - intellectual property risks, bias in AI-assisted hiring tools, environmental cost, and the labour market implications of AI adoption - and communicate it clearly to your engineering community.',
          targets: {
            stepUp: 2,
            inRole: 4,
            mustHave: false,
            why: "Step up at 2: setting the organisation's position on AI ethics comes with the role, so a candidate shows they have worked through real ethical questions with their teams and made decisions where the law is silent. Developing and communicating the organisational position is the in-role level, 4.",
          },
          reflectionPrompts: [
            "Which AI ethics question, such as intellectual property, hiring bias, environmental cost or effects on jobs, did you decide on for your teams where no law told you what to do?",
            "Who did you consult, and who disagreed with you?",
            "Could an engineer on your teams explain the position and why it was taken?",
          ],
          opportunity: {
            stretch: "Draft a position on one AI ethics question the law does not settle for your teams, such as the use of AI-assisted screening in your hiring, with input from the people team, and discuss it openly with the engineers it affects.",
            question: "Is there an AI ethics question we have not yet taken a position on where I could draft one with the people or legal team for you to review?",
          },
          descriptors: {
            1: 'You have not yet considered AI ethics beyond your own use of tools. You could not state a position on intellectual property risks, bias in AI-assisted hiring, environmental cost or labour market implications, and none has been shared with engineers.',
            2: 'You have thought through one or two ethical questions for your own team, such as licensing risk in AI-generated code, and discussed them with the team, but there is no written position and other areas, such as hiring bias or environmental cost, are not covered.',
            3: 'You have drafted a position covering intellectual property risks, bias in AI-assisted hiring tools, environmental cost and labour market implications, with input from legal or people teams, and shared it with several teams. It is not yet the agreed organisational position or communicated to the whole engineering community.',
            4: 'The engineering organisation has an agreed position on AI ethics covering intellectual property, bias in AI-assisted hiring, environmental cost and labour market implications, which you developed and own. You have communicated it clearly to the whole engineering community, in writing and in person, and engineers can explain it.',
            5: 'Your AI ethics position shapes decisions beyond engineering, such as procurement or people policy, or is adopted or referenced by other organisations. You lead open discussion of its hard trade-offs, for example in industry forums, and revise it publicly as evidence and norms change.',
          },
        },
        {
          key: 'ai-investment-case',
          title: 'AI investment business case',
          description:
            'Evaluate the business case for significant AI tooling investment at the organisation level - build the evidence framework, gather the data, and make a recommendation that engineering and business leadership can act on.',
          targets: {
            stepUp: 2,
            inRole: 4,
            mustHave: false,
            why: "Step up at 2: significant organisation-level AI investments are decided at HoE level, so a candidate shows the method on a smaller scale: measures agreed before a trial, data gathered, a recommendation made. The in-role level, 4, is the organisation-level case that leadership acts on and the follow-up on whether the benefits came.",
          },
          reflectionPrompts: [
            "Which AI tooling purchase did you evaluate, and which measures did you agree before the trial started?",
            "What did you recommend, and did the data support it?",
            "After the decision, did you check whether the expected benefits arrived?",
          ],
          opportunity: {
            stretch: "Evaluate the next AI tooling trial across several teams: define the costs, benefits and measures before it starts, gather the data, and write a recommendation for finance and engineering leadership.",
            question: "Could I evaluate the next AI tooling trial we run, with measures agreed before it starts, and bring the recommendation to you and finance?",
          },
          descriptors: {
            1: 'You have not yet evaluated an AI tooling investment. Spending on AI tools is decided by others, or follows whichever team asks first, and there is no evidence framework or recommendation of yours you could point to.',
            2: 'You have assessed a small AI tooling purchase for your own team, for example a trial of a coding assistant with a few measures agreed upfront, and made a recommendation, but the evidence was informal and the decision stayed at team level.',
            3: 'You have built an evidence framework for an AI tooling investment across several teams, defining costs, benefits and measures before a pilot, gathered the data and written a recommendation. Finance or product partners were involved, but the case was not at organisation scale or decided by executives.',
            4: 'You have evaluated a significant AI tooling investment at organisation level: you built the evidence framework, gathered the data on costs, risks and your own productivity measures, and made a clear recommendation that engineering and business leadership acted on. Afterwards you tracked whether the expected benefits arrived.',
            5: 'Your evaluation method is reused for other technology investments across the business or by leaders in other organisations. You have recommended against or stopped AI investments when the evidence did not support them, and executives treat your AI recommendations as ready to decide on.',
          },
        },
        {
          key: 'ai-team-conversations',
          title: 'Honest AI conversations in teams',
          description:
            'Create the conditions for your engineering managers to have honest, nuanced conversations with their teams about AI - modelling critical evaluation rather than cheerleading or fear.',
          targets: {
            stepUp: 3,
            inRole: 4,
            mustHave: false,
            why: "Step up at 3: a candidate equips several managers to talk with their teams about AI honestly, modelling critical evaluation rather than cheerleading or fear. In the role at 4: managers across the organisation hold these conversations without the HoE in the room, and engineers say they can raise concerns.",
          },
          reflectionPrompts: [
            "Which manager did you help prepare for a conversation about AI with their team, and how did it go?",
            "Where have you modelled critical evaluation of an AI tool in front of others, including its limits?",
            "How do you know whether engineers feel able to raise concerns about AI and their jobs?",
          ],
          opportunity: {
            stretch: "Run an open session on what AI means for roles and skills with several teams, then coach their managers to hold the follow-up conversations themselves.",
            question: "Could I lead an open session on AI and our roles for a few teams, and support their managers in the follow-up conversations?",
          },
          descriptors: {
            1: 'You have not yet talked with your own team about how AI affects their work, or what you say is either enthusiastic promotion or dismissal. Your managers have no guidance or support for having these conversations with their teams.',
            2: 'You discuss AI openly with your own team, covering both benefits and limits and inviting concerns about skills and jobs, but you have not yet helped other managers prepare for these conversations or modelled critical evaluation beyond your team.',
            3: 'You equip several managers for honest AI conversations, for example sharing your own balanced evaluation of a tool, giving them material on common concerns, and discussing how their conversations went in 1:1s. Some teams talk about AI openly, but practice varies by manager.',
            4: 'Managers across the organisation hold honest, nuanced conversations with their teams about AI because you create the conditions: you model critical evaluation in all-hands and leadership forums, avoid cheerleading or fear, give managers material and time, and check through surveys or skip-levels that engineers feel able to raise concerns.',
            5: 'Your approach to AI conversations is adopted beyond your organisation, for example through talks, writing or peer networks, and engineers cite it as a reason they trust leadership. Your managers model critical evaluation for others without prompting, and this holds through difficult news such as role changes.',
          },
        },
        {
          key: 'ai-regulation-awareness',
          title: 'AI regulation and liability awareness',
          description:
            'Stay current on AI regulation, industry standards, and organisational liability as it relates to AI-generated code, AI in hiring processes, and AI-assisted decision-making - this is increasingly a governance responsibility of engineering leadership.',
          targets: {
            stepUp: 2,
            inRole: 4,
            mustHave: false,
            why: "Step up at 2: keeping the organisation's view of AI regulation and liability with legal is a governance responsibility of the role, so a candidate shows they know the external obligations that apply to their own teams' use of AI and have acted on one. The in-role level, 4, is a current view for the organisation, briefed to executives and met in practice.",
          },
          reflectionPrompts: [
            "Which external obligation, a regulation, standard or contract term, applies to how your teams use AI, and how do you know?",
            "Which practice did you change because of an obligation rather than a preference?",
            "Who in legal or compliance do you work with on AI, and when did you last speak?",
          ],
          opportunity: {
            stretch: "Work with legal or compliance to map the external obligations that apply to your teams' use of AI (AI-generated code, AI in hiring, AI-assisted decisions) and turn one of them into a practice the teams follow.",
            question: "Could I work with legal on mapping which AI regulations and standards apply to our teams, and propose the practices that would meet them?",
          },
          descriptors: {
            1: 'You have not yet looked at AI regulation, industry standards or liability as they apply to your work. You could not say which rules affect AI-generated code, AI in hiring or AI-assisted decisions in your organisation.',
            2: "You follow AI regulation and standards news informally and know the main rules relevant to your own team's use of AI, such as licensing of AI-generated code, but you rely on others to interpret liability and have not changed practices in response.",
            3: 'With legal or compliance partners you track AI regulation and industry standards and have turned specific requirements into practices across several teams, for example provenance checks on AI-generated code or human review of AI-assisted hiring decisions. Coverage of AI-assisted decision-making and organisational liability is still partial.',
            4: 'You treat AI regulation as a governance responsibility of engineering: with legal, you keep a current view of regulation, industry standards and organisational liability for AI-generated code, AI in hiring and AI-assisted decision-making, brief executive leadership on changes, and make sure practices across the organisation meet them.',
            5: 'You help shape AI standards or regulation beyond your organisation, for example through an industry body, consultation response or standards group, and your organisation is ready for regulatory change before it takes effect. Other leaders come to you to understand what new rules mean for engineering.',
          },
        },
      ],
    },
  ],

  resources: [
    {
      key: 'an-elegant-puzzle',
      kind: 'BOOK',
      title: 'An Elegant Puzzle: Systems of Engineering Management',
      why: 'The essential reference for the HoE level - organisation design, managing managers, engineering strategy, and the systems thinking required to lead at scale.',
      helps: [
        {
          itemKey: 'managing-managers',
          how: 'Its material on managing managers and succession planning helps you stop being the expert on every decision and build a layer of managers who can run their teams without you.',
        },
        {
          itemKey: 'technical-strategy',
          how: "Its approach to writing engineering strategies and visions, grounded in concrete decisions and the organisation's real constraints, gives you a practical format for turning many people's input into a sequence of decisions.",
        },
        {
          itemKey: 'operating-model',
          how: 'Its guidance on sizing teams, when to split or merge them and how to run a reorganisation gives you concrete rules of thumb for structuring many teams so that work can flow.',
        },
      ],
    },
    {
      key: 'managers-path',
      kind: 'BOOK',
      title: "The Manager's Path",
      why: 'The VP and executive chapters provide the context and framing for what the HoE role requires and where it leads - read it again at this stage for what you missed the first time.',
      helps: [
        {
          itemKey: 'managing-managers',
          how: 'Its chapter on managing managers covers skip-level meetings and managing both new and experienced managers, which is how you judge team health in teams you no longer see every day.',
        },
        {
          itemKey: 'executive-stakeholders',
          how: 'Its VP and CTO chapters describe what the business expects of a senior engineering leader, including setting technical priorities with executive peers and being accountable for engineering as a whole.',
        },
        {
          itemKey: 'engineering-culture',
          how: 'Its chapter on bootstrapping culture explains how a senior leader creates and changes culture deliberately, including how your own behaviour sets norms and when to add structure.',
        },
      ],
    },
    {
      key: 'accelerate',
      kind: 'BOOK',
      title: 'Accelerate',
      why: "The research evidence for the delivery practices that produce high-performing engineering organisations - the HoE's evidence base for technical investment cases.",
      helps: [
        {
          itemKey: 'operating-model',
          how: 'Its four key metrics, and the capabilities the research shows drive them, give you a tested basis for measuring delivery health and choosing which practices to improve across many teams.',
        },
        {
          itemKey: 'executive-stakeholders',
          how: 'Its research linking software delivery performance to organisational performance gives you evidence rather than assertion when arguing for engineering investment with finance and executive leadership.',
        },
        {
          itemKey: 'ai-productivity-evidence',
          how: 'Its case for measuring outcomes such as the four key metrics rather than output or utilisation helps you judge the effect of AI tooling from your own data instead of vendor claims.',
        },
        {
          itemKey: 'ai-investment-case',
          how: 'Its evidence-based method, defining outcome measures and linking them to organisational performance, gives you a model for the evidence framework behind a recommendation on AI tooling investment.',
        },
      ],
    },
    {
      key: 'team-topologies',
      kind: 'BOOK',
      title: 'Team Topologies',
      why: 'The framework for organisation design in technology - stream-aligned teams, platform teams, enabling teams, and complicated subsystem teams - that every HoE needs to reason from.',
      helps: [
        {
          itemKey: 'operating-model',
          how: 'Its four team types and three interaction modes, with team cognitive load as a design constraint, give you a shared language for designing team structures and how work flows between them.',
        },
        {
          itemKey: 'technical-strategy',
          how: "Its use of Conway's law, shaping team boundaries to match the architecture you want, helps you treat organisation design and technical direction as one connected set of decisions.",
        },
        {
          itemKey: 'ai-adoption-strategy',
          how: 'Its enabling team type and facilitating interaction mode describe how to help teams adopt new tools and practices, a workable pattern for rolling out AI tooling under consistent standards.',
        },
      ],
    },
    {
      key: 'hard-thing-about-hard-things',
      kind: 'BOOK',
      title: 'The Hard Thing About Hard Things',
      why: 'Unfiltered account of the genuinely difficult leadership decisions at the senior level - layoffs, performance management at scale, culture under pressure - that no business school textbook covers honestly.',
      helps: [
        {
          itemKey: 'managing-managers',
          how: 'Its candid chapters on demoting a loyal friend and firing executives show what holding managers accountable looks like when it is personally costly, and how to do it without damaging the team.',
        },
        {
          itemKey: 'engineering-culture',
          how: 'Its accounts of layoffs and of wartime versus peacetime leadership help you decide which behaviours to protect, and which to challenge, when the organisation is under pressure.',
        },
        {
          itemKey: 'ai-team-conversations',
          how: 'Its insistence that leaders share bad news openly, and that a healthy culture lets bad news travel, supports modelling honest conversations about what AI means for roles and skills.',
        },
      ],
    },
    {
      key: 'thinking-in-systems',
      kind: 'BOOK',
      title: 'Thinking in Systems',
      why: 'The conceptual tools to see the engineering organisation as a system with feedback loops, delays, and leverage points - essential for diagnosing and improving complex organisational dynamics.',
      helps: [
        {
          itemKey: 'operating-model',
          how: 'Its stocks, flows and feedback loops let you model delivery health as a system, for example how work in progress, delays and rework interact, so you change structure rather than chase symptoms.',
        },
        {
          itemKey: 'engineering-culture',
          how: 'Its leverage points, such as changing rules, information flows and goals, explain why what you reward and tolerate shapes behaviour more than stated values, and where intervening will actually shift culture.',
        },
        {
          itemKey: 'ai-productivity-evidence',
          how: 'Its attention to delays and second-order effects helps you look past short-term output gains from AI tooling to slower effects on skill development, review load and hiring needs.',
        },
      ],
    },
    {
      key: 'engineering-leadership-executive-programme',
      kind: 'PROGRAMME',
      title: 'Engineering Leadership Executive Programme',
      why: 'The most relevant executive-level engineering leadership programme available - peer cohort format with real engineering leaders from complex organisations.',
      helps: [
        {
          itemKey: 'executive-stakeholders',
          how: 'Its executive-level focus and cohort of engineering leaders from complex organisations let you compare how you operate with executive stakeholders against peers already doing it.',
        },
        {
          itemKey: 'ai-regulation-awareness',
          how: 'Its peer cohort gives you a standing group of engineering leaders from complex organisations with whom to compare how each is interpreting AI regulation, standards and liability.',
        },
        {
          itemKey: 'ai-ethics-position',
          how: 'Discussing AI ethics with a cohort of engineering leaders from complex organisations lets you test your position on intellectual property, hiring bias and labour market implications before committing to it.',
        },
      ],
    },
    {
      key: 'organisational-design-for-engineering',
      kind: 'PROGRAMME',
      title: 'Organisational Design for Engineering',
      why: 'Organisation design is a core HoE skill and most EMs arrive at this level without formal training in it - deliberate study closes the gap faster.',
      helps: [
        {
          itemKey: 'operating-model',
          how: 'Deliberate study of organisation design gives you a principled basis for how teams are structured and how work flows between them, instead of relying on the structure you inherited.',
        },
        {
          itemKey: 'managing-managers',
          how: 'Organisation design decides spans of control and where management layers sit, so studying it helps you build structures in which your managers can do their job well.',
        },
      ],
    },
    {
      key: 'executive-communication-and-influence',
      kind: 'PROGRAMME',
      title: 'Executive Communication and Influence',
      why: 'Operating effectively with executive stakeholders requires communication skills that are qualitatively different from team-level communication - learning them deliberately matters.',
      helps: [
        {
          itemKey: 'executive-stakeholders',
          how: 'Learning executive communication deliberately helps you put engineering constraints, capacity, quality and investment needs in terms business leaders can act on, and build influence on credibility.',
        },
        {
          itemKey: 'ai-adoption-strategy',
          how: 'It prepares you to present the AI adoption strategy to executive leadership, framing governance, quality and data handling choices as business risks and benefits they can weigh.',
        },
        {
          itemKey: 'ai-investment-case',
          how: 'It helps you turn the evidence gathered on an AI tooling investment into a clear recommendation that engineering and business leadership can act on, rather than a presentation of data.',
        },
      ],
    },
    {
      key: 'okr-and-strategy-execution',
      kind: 'PROGRAMME',
      title: 'OKR and Strategy Execution',
      why: 'Connecting engineering strategy to organisational OKRs and tracking execution at scale is a learnable process skill that most HoEs have to develop on the job.',
      helps: [
        {
          itemKey: 'technical-strategy',
          how: 'It teaches you to connect engineering strategy to organisational OKRs, so each decision in your technical strategy is tied to an outcome the business is tracking and progress is visible.',
        },
        {
          itemKey: 'ai-investment-case',
          how: 'Setting objectives and key results for an AI tooling investment before it starts gives the business case outcomes to track, so leadership can see whether the expected benefits arrived.',
        },
        {
          itemKey: 'operating-model',
          how: 'Tracking execution at scale through OKRs gives you a regular cadence for reviewing progress across many teams, adding outcome measures alongside delivery health measures.',
        },
      ],
    },
  ],

  archetypes: {
    line: 'Review the full expectations for both roles to understand exactly what good looks like at each level.',
    links: [
      {
        key: 'engineering-manager',
        name: 'Engineering Manager Archetype',
        href: '/archetypes/engineering-manager',
      },
      {
        key: 'head-of-engineering',
        name: 'Head of Engineering Archetype',
        href: '/archetypes/head-of-engineering',
      },
    ],
  },
};
