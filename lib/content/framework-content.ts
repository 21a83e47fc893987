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
            1: {
              summary: "You manage engineers, not managers, and step in on performance and technical calls yourself.",
              text: "You manage engineers directly and step in yourself on individual performance or technical decisions. You have not yet coached another manager, said what good people management looks like, or discussed team health with a manager as something they are accountable for.",
              signals: [
                "Your 1:1s are with engineers, not with people who manage others.",
                "When a performance problem comes up, you handle it yourself.",
                "No manager could tell you what you expect of their people management.",
              ],
              examples: [
                "Your calendar for the last month: every 1:1 is with an individual contributor.",
              ],
            },
            2: {
              summary: "You coach one manager or lead on people matters, but mostly talk delivery and your expectations are unspoken.",
              text: "You coach one manager or team lead, for example preparing them for a difficult feedback conversation and debriefing it afterwards, but your 1:1s with them still focus mainly on delivery, and your expectations for their people management exist only in your head.",
              signals: [
                "You have prepared a lead for a hard feedback conversation and debriefed it.",
                "Most of your 1:1 time with them is spent on delivery status.",
                "You could not show them, or anyone, what you expect of their people management.",
              ],
              examples: [
                "Notes from preparing a team lead for a first performance conversation, and from the debrief after it.",
              ],
            },
            3: {
              summary: "You coach several managers on people matters against expectations they can repeat, and look at team health with them.",
              text: "You manage several managers through regular coaching 1:1s on feedback, hiring and performance, and each of them can say what you expect of their people management because you agreed it with them. You review team health signals such as attrition and engagement with them, though follow-through when a team struggles is uneven.",
              signals: [
                "Two or more managers report to you and your 1:1s cover feedback, hiring and performance, not only delivery.",
                "Each manager can say what you expect of their people management.",
                "You look at attrition, engagement or similar signals with each manager at least quarterly.",
                "When a team struggled, you did not always act until delivery suffered.",
              ],
              examples: [
                "A manager's account of how your coaching changed how they handled a performance case.",
                "Your quarterly team health review notes for each manager.",
              ],
            },
            4: {
              summary: "Your managers handle feedback, performance and team health themselves, and you hold them to it even when teams ship.",
              text: "You have created the conditions for your managers to run their teams well without you: every manager works to shared people management expectations, health signals are reviewed in your 1:1s and calibration, and you hold managers accountable for team health alongside delivery, acting when a team struggles even if it ships. Managers give feedback and handle performance cases without you stepping in.",
              signals: [
                "Performance cases in the last six months were handled by the managers, with you coaching rather than stepping in.",
                "Every manager is held to the same people management expectations, including in calibration.",
                "You acted on a team's health while it was still delivering.",
                "Skip-level conversations confirm what the managers tell you.",
              ],
              examples: [
                "A calibration round where managers presented and defended their own ratings against the shared expectations.",
                "The decision you took about a team that was shipping but whose health signals were falling, and what happened next.",
              ],
            },
            5: {
              summary: "Your managers develop managers, internal promotions into management succeed and every manager role has a successor.",
              text: "Your organisation grows managers: people you coached now coach and manage managers themselves, internal promotions into management succeed, and every management role, including yours, has someone who could step into it. When a manager leaves, their team keeps its health and delivery without you taking it over.",
              signals: [
                "At least one manager you coached now manages managers or coaches new managers.",
                "Most of the last management roles were filled internally and those promotions held.",
                "There is a named successor for each management role, including yours.",
                "A team whose manager left kept its health and delivery without you stepping in.",
              ],
              examples: [
                "The succession plan for your management roles and who on it has since moved up.",
                "A team's health and delivery measures across a change of manager.",
              ],
            },
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
            1: {
              summary: "Your technical decisions stay within your own team's systems.",
              text: "You make technical decisions for your own team's systems but have not yet contributed to strategy beyond it. You could not describe the organisation's technical direction or name the investment decisions that are shaping it.",
              signals: [
                "You cannot name the last three technical decisions that shaped the wider organisation.",
                "Nobody outside your team has asked for your input on technical direction.",
              ],
              examples: [
                "Your team's decisions of the last quarter: none reaches beyond its own systems.",
              ],
            },
            2: {
              summary: "You contribute your team's view to strategy discussions, but others decide and sequence.",
              text: "You bring your own team's perspective to technical strategy discussions, for example raising a platform constraint or proposing a migration, and sometimes gather input from a lead engineer or product manager, but others make the decisions and decide their sequence.",
              signals: [
                "You have raised a constraint or proposed a change in a cross-team technical discussion.",
                "The decision and its timing were made by someone else.",
              ],
              examples: [
                "A proposal you made in an architecture forum, and who decided on it.",
              ],
            },
            3: {
              summary: "You make or recommend technical decisions across several teams, with input and trade-offs, and sequence them.",
              text: "You lead technical direction across several teams as a sequence of decisions: you gather input from architects, lead engineers and product leaders, make or recommend the decision with its trade-offs stated, and decide what comes next. Some investment decisions for that area are yours, though the link to the wider business context is sometimes thin.",
              signals: [
                "You made or recommended at least two decisions this year that changed how several teams build.",
                "Architects, lead engineers and product gave input before each decision, and you can say what each traded off.",
                "You decided the order in which they happen.",
                "You could not always say how a decision served a business goal.",
              ],
              examples: [
                "A cross-team decision: who gave input, the options, the trade-off and what you decided.",
                "A decision you sequenced after another because the first unblocked it.",
              ],
            },
            4: {
              summary: "You own the organisation's technical direction as revisited decisions, teams decide within it, and your investments paid off.",
              text: "You own or co-own the organisation's technical strategy and can show it as a sequence of decisions, each synthesising input from architects, lead engineers, product and the business, and revisited when the context changes. Teams make day-to-day technical decisions consistent with it without asking you, and investment decisions you made have visibly improved the organisation's capabilities over a year or more.",
              signals: [
                "You can list the decisions that make up the strategy, in order, with the business reason for each.",
                "You revisited and changed an earlier decision when the context changed.",
                "Teams make technical choices consistent with the direction without escalating to you.",
                "A capability the organisation has now exists because of an investment you decided over a year ago.",
              ],
              examples: [
                "A decision you reversed or changed, what changed in the context, and what you decided instead.",
                "A capability, such as faster releases or a shared platform, traced back to your investment decision and its cost.",
              ],
            },
            5: {
              summary: "The business plans around your technical direction, and others in engineering make strategic decisions your way.",
              text: "The business plans around your technical direction: product and finance commit to roadmaps and budgets because of decisions you sequenced, and you can show multi-year sequences of investment decisions that changed what the organisation is able to offer its customers. Architects and lead engineers now make and sequence strategic decisions in their own areas the way you do.",
              signals: [
                "A company roadmap or budget depends on a technical sequence you set.",
                "A product the organisation sells exists because of investment decisions you made over several years.",
                "Architects or lead engineers own strategic decisions in their areas and sequence them as you do.",
              ],
              examples: [
                "A business plan that names your technical sequence as a dependency.",
                "An architect's decision in their own area, made and sequenced without you.",
              ],
            },
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
            1: {
              summary: "You see culture as values and events, not as the behaviours you reward and tolerate.",
              text: "You think of culture as values statements or team events and have not yet looked at which behaviours your own actions reward or tolerate. You could not name a behaviour you have deliberately recognised, modelled or challenged.",
              signals: [
                "You cannot name a behaviour you deliberately recognised or challenged this quarter.",
                "Culture work, in your team, means social events or a values statement.",
              ],
              examples: [
                "Your last team retrospective: nothing in it about which behaviours are rewarded.",
              ],
            },
            2: {
              summary: "You recognise and model the behaviours you want in your own team, but rarely challenge what is tolerated.",
              text: "In your own team you deliberately recognise behaviours you want, such as careful code review or raising risks early, and model them yourself, but you rarely challenge behaviour that is tolerated and do not yet check whether your recognition changes what people do.",
              signals: [
                "You publicly thanked someone for a specific behaviour you want more of.",
                "You model that behaviour yourself.",
                "You let a behaviour you dislike pass in the last quarter.",
              ],
              examples: [
                "A message or meeting where you recognised someone for raising a risk early.",
              ],
            },
            3: {
              summary: "Across several teams you name what is rewarded, tolerated and discouraged, and act on it with your managers.",
              text: "Across several teams you can name specific behaviours that are rewarded, tolerated and discouraged, and you act on them: you recognise the ones you want publicly, challenge the ones you do not, including from high performers, and work with your managers to do the same.",
              signals: [
                "You can list the behaviours rewarded, tolerated and discouraged in your teams.",
                "You challenged a high performer's behaviour and followed up.",
                "Your managers recognise and challenge the same behaviours you do.",
              ],
              examples: [
                "A conversation in which you challenged a strong engineer's behaviour, and what changed.",
                "Your managers' notes on the behaviours they agreed to recognise and challenge.",
              ],
            },
            4: {
              summary: "You shape culture through what you recognise, model, challenge and invest in, and others now uphold it without you.",
              text: "You shape the organisation's culture through what you recognise, model, challenge and invest in, for example promotion criteria, incident review practice or time for learning, and managers and engineers now uphold it without you: they challenge tolerated behaviour themselves, even when the person delivers. You can show evidence it is working, such as retention, engagement or hiring data.",
              signals: [
                "A change you made to promotion, incident review or learning time changed behaviour across teams.",
                "Managers and engineers challenge tolerated behaviour without you raising it.",
                "You can show retention, engagement or hiring data that moved with the change.",
              ],
              examples: [
                "Promotion criteria you changed to reward a behaviour, and the promotions since.",
                "An incident review where engineers, not you, challenged a blame-seeking question.",
              ],
            },
            5: {
              summary: "Engineers join and stay because of the culture, and it holds under pressure without you enforcing it.",
              text: "Your engineering culture is a visible reason engineers join and stay: candidates cite it in interviews, regretted attrition is low against your industry, and it holds under pressure, such as a reorganisation, a layoff or a hard deadline, without you personally enforcing it.",
              signals: [
                "Candidates name your culture as a reason for applying or accepting.",
                "Regretted attrition stayed low through a period of pressure.",
                "During a reorganisation or a hard deadline, the behaviours you built held without you stepping in.",
              ],
              examples: [
                "Offer acceptance notes or interview feedback naming the culture.",
                "Attrition and engagement data through a reorganisation.",
              ],
            },
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
            1: {
              summary: "You talk mainly with your team and its product partner, and in technical terms.",
              text: "You communicate mainly with your own team and its product partner. You have not yet explained engineering constraints, capacity or investment needs to finance, legal or executive leadership, or you describe them in technical terms they cannot act on.",
              signals: [
                "You have not presented to finance, legal or executive leadership.",
                "When asked about capacity, you answer in tickets or story points.",
              ],
              examples: [
                "Your last update upwards: written for engineers, not for business leaders.",
              ],
            },
            2: {
              summary: "You present to senior stakeholders now and then, with help, and your requests rest mostly on assertion.",
              text: "You occasionally present to senior stakeholders, for example a delivery update or a single investment request, and prepare with your manager's help. You can put a constraint or capacity issue in business terms when asked, but your requests rest mostly on assertion rather than evidence.",
              signals: [
                "You have presented at least once to a senior audience outside engineering.",
                "Your manager prepared the case with you.",
                "Your request was argued from need, not from data or a track record.",
              ],
              examples: [
                "A delivery update you gave to the leadership team, and the question you could not answer.",
              ],
            },
            3: {
              summary: "Several business functions work with you directly, and some of your investment cases were approved on evidence.",
              text: "You have working relationships with several business functions, such as product and finance, and explain capacity, quality and investment needs in terms of cost, risk and customer outcomes. Some of your investment cases have been approved on evidence, though executives still go to your manager for engineering's position.",
              signals: [
                "Finance or product leaders contact you directly about engineering capacity or cost.",
                "You have won an investment case with data on cost, risk or customer outcomes.",
                "Executives still ask your manager, not you, for engineering's position.",
              ],
              examples: [
                "An investment case you wrote, its evidence and the decision.",
                "A finance partner's request that came to you, not your manager.",
              ],
            },
            4: {
              summary: "The business treats you as engineering's voice, acts on what you say, and trusts it because your claims held up.",
              text: "Product, finance, legal and executive leadership treat you as the voice of engineering. You regularly put constraints, capacity, quality and investment needs in business terms they act on, and your investment cases win support because your past estimates and claims have held up, not because of assertion. Your managers represent engineering well to their business partners without you in the room.",
              signals: [
                "Executives come to you, not your manager, for engineering's position.",
                "A business decision changed because of how you put an engineering constraint.",
                "You can show past estimates or claims and how they held up.",
                "Your managers deal with their business partners without you being needed.",
              ],
              examples: [
                "A budget or roadmap decision that changed after your case, and the evidence in it.",
                "Your record of estimates against outcomes, shared with finance.",
              ],
            },
            5: {
              summary: "Executives ask your view on business decisions beyond engineering, and your judgement shapes company plans.",
              text: "Executives seek your view on business decisions beyond engineering, such as pricing, market entry or an acquisition, and your judgement shapes company-level plans and budgets. Engineering's investment cases are settled on evidence in your organisation as a matter of course, including by leaders who report to you.",
              signals: [
                "You were asked for your view on a business decision outside engineering.",
                "A company-level plan or budget reflects your judgement.",
                "Leaders who report to you win investment cases on evidence without you.",
              ],
              examples: [
                "A pricing, market or acquisition decision you were consulted on, and what you contributed.",
              ],
            },
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
            1: {
              summary: "You run the process you inherited and have not measured your team's delivery health.",
              text: "You run your own team's process as you inherited it and have not yet measured its delivery health. You could not explain how team structure affects the flow of work, or what a delivery measure such as lead time would show about your team.",
              signals: [
                "You do not know your team's lead time or how often it deploys.",
                "You have not changed the team's process since you inherited it.",
              ],
              examples: [
                "Your team's process description: unchanged since before you arrived.",
              ],
            },
            2: {
              summary: "You measure your own team's delivery and act on it, but do not shape structure or compare across teams.",
              text: "You track some delivery measures for your own team, such as deployment frequency or lead time, and have changed a practice in response, but team structure, flow and quality standards across teams are decided by others and you do not compare across teams.",
              signals: [
                "You look at at least one delivery measure for your team regularly.",
                "You changed a practice because of what it showed.",
                "Decisions on team structure and quality standards are made by others.",
              ],
              examples: [
                "A chart of your team's lead time before and after a practice change.",
              ],
            },
            3: {
              summary: "You shape structure and flow across several teams and run a regular delivery health review with tracked actions.",
              text: "Across several teams you have shaped how teams are structured and how work flows between them, defining ownership and how teams interact, for example with the team types of Team Topologies. Delivery measures, such as the DORA metrics, are reviewed regularly for those teams, with improvement actions you track to completion.",
              signals: [
                "You changed team boundaries or ownership across several teams, and can say why.",
                "Delivery measures for those teams are reviewed on a set cadence.",
                "Improvement actions from the review are tracked to completion.",
              ],
              examples: [
                "A team ownership change you made and the measure that improved after it.",
                "The action log from your last three delivery health reviews.",
              ],
            },
            4: {
              summary: "You own the operating model, teams run the improvement loop without you, and improvement is sustained across many teams.",
              text: "You own the organisation's operating model: how teams are structured, how work flows, how quality is maintained and how delivery health is measured, with tools such as DORA metrics or team topologies chosen to fit it rather than adopted wholesale. Teams and managers run the measurement and improvement loop themselves without you driving it, and you can show sustained, consistent improvement across many teams rather than one-off gains.",
              signals: [
                "Every team's delivery health is measured in a way you chose, and you can say why those measures.",
                "Managers run their own reviews and act on them without you in the room.",
                "Improvement has held for several quarters across most teams, not just one.",
                "You changed a team structure when the flow of work showed it was wrong.",
              ],
              examples: [
                "A year of delivery measures across teams, with the structural changes marked.",
                "A manager's review run without you, and the action it produced.",
              ],
            },
            5: {
              summary: "The operating model adapts to growth and change without you, and other departments reuse it.",
              text: "Your operating model adapts without you: the organisation has grown, split or changed direction and teams re-formed, re-measured and kept improving, with managers proposing structural changes from their own data. Other departments in the company reuse your structures, measures or review cadence.",
              signals: [
                "Through a reorganisation or growth spurt, delivery health held or improved.",
                "Managers propose structural changes backed by their own data.",
                "Another department runs a review cadence or measure taken from yours.",
              ],
              examples: [
                "Delivery measures across a reorganisation.",
                "A structural change proposed by a manager, with their data.",
              ],
            },
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
            1: {
              summary: "AI tools are used as each engineer sees fit; you have not decided which, or under what rules.",
              text: "You use AI tools yourself or see your team use them, but you have not decided which tools are allowed, under what governance, or with what quality standards and data handling rules. Teams choose and use AI tools as each engineer sees fit.",
              signals: [
                "You could not list which AI tools your team uses.",
                "Nobody has decided what data may go into them or how their output is reviewed.",
              ],
              examples: [
                "A survey of your team's tools showing several AI assistants nobody chose.",
              ],
            },
            2: {
              summary: "You have decided how your own team uses AI tools, but not with other teams or leadership.",
              text: "You have decided how your own team uses AI tools, for example an approved tools list, review expectations for AI-generated code and rules on what data may go into prompts, but the decisions are not coordinated with other teams or seen by executive leadership.",
              signals: [
                "Your team has an agreed set of tools and review expectations for AI output.",
                "Other teams decide differently, and nobody has compared.",
              ],
              examples: [
                "Your team's working agreement on AI tools and review.",
              ],
            },
            3: {
              summary: "You lead AI tool adoption across several teams, with governance, quality and data handling agreed with security.",
              text: "You lead how several teams adopt AI tools: which tools, under what governance, with what quality standards and data handling requirements, agreed with security. Those teams make their tool decisions within it, but it is not yet the organisation's approach or presented to executive leadership.",
              signals: [
                "Several teams use the same approved tools under the same review and data rules.",
                "Security agreed the data handling rules with you.",
                "A team asked to adopt a new tool went through the governance you set.",
              ],
              examples: [
                "A request for a new AI tool and the decision made under your governance.",
              ],
            },
            4: {
              summary: "You own the organisation's AI adoption strategy, teams work within it without you, and leadership has challenged and agreed it.",
              text: "You own the engineering organisation's AI adoption strategy: what tools are adopted, under what governance, with what quality standards and data handling requirements. Teams adopt, review and retire tools within it without asking you, it changes as the tools change, and you have presented it to executive leadership, answered their challenges and agreed it with them.",
              signals: [
                "Every team adopts and retires AI tools through the same governance, without escalating to you.",
                "Quality standards for AI-generated work are applied in review across teams.",
                "You presented the strategy to executive leadership and changed it after their challenge.",
                "The strategy changed at least once because the tools changed.",
              ],
              examples: [
                "The executive session where you presented the strategy: the challenges and what you changed.",
                "A tool retired across the organisation under the strategy, decided by the teams.",
              ],
            },
            5: {
              summary: "New AI tools are trialled and decided within weeks under your strategy, and other functions use its governance.",
              text: "The organisation adopts new AI tools quickly and safely because of the strategy you own: new tools are trialled, judged against the quality and data handling standards and adopted or rejected within weeks, and other functions, such as data or customer support, have taken up its governance for their own use of AI.",
              signals: [
                "The time from a tool request to a decision is measured in weeks.",
                "Tools have been rejected as well as adopted under the standards.",
                "Another function governs its own AI use with your approach.",
              ],
              examples: [
                "A tool trialled, judged and decided within a month, with the record of why.",
              ],
            },
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
            1: {
              summary: "Your view of AI's effect rests on vendor claims and impressions, not on your own data.",
              text: "Your view on how AI tooling affects productivity, skill development or hiring comes from vendor claims, articles or personal impressions. You have not yet looked at any data from your own teams.",
              signals: [
                "You quote a vendor or industry figure when asked about AI productivity.",
                "You have no data from your own teams on it.",
              ],
              examples: [
                "Your last comment on AI productivity, and its source.",
              ],
            },
            2: {
              summary: "You have some data from your own team and a tentative view on productivity only.",
              text: "You have gathered some data from your own team, such as before-and-after lead time or a survey on how engineers use AI tools, and hold a tentative view, but it covers productivity only and has not been tested against other teams.",
              signals: [
                "You have before-and-after data or a survey from your team.",
                "Your view says nothing yet about skills or hiring.",
              ],
              examples: [
                "A before-and-after comparison of your team's lead time since AI tools arrived.",
              ],
            },
            3: {
              summary: "You collect data across teams on AI's effect on delivery, quality and skills, and hold a view that separates it from claims.",
              text: "Across several teams you collect data on how AI tooling affects delivery measures, code quality and how engineers build skills, and you hold a point of view that separates your evidence from vendor claims. It does not yet inform hiring plans or organisation-level decisions.",
              signals: [
                "You have data from several teams on delivery, quality and skills, agreed before you looked.",
                "You can say where your data disagrees with a vendor claim.",
                "Hiring plans do not yet take your view into account.",
              ],
              examples: [
                "A comparison across teams of review findings in AI-assisted and unassisted changes.",
              ],
            },
            4: {
              summary: "Your evidence-based view of AI's effect on productivity, skills and hiring informs workforce plans, and managers gather the data themselves.",
              text: "You hold an organisation-wide point of view on how AI tooling affects productivity, skill development and hiring needs, grounded in your own organisation's data. You can show the data, its limits and where it contradicts vendor claims or industry hype, hiring and workforce plans have changed because of it, and managers gather and read the data for their own teams without you.",
              signals: [
                "You can show your data, its limits and where it contradicts vendor claims.",
                "A hiring or workforce plan changed because of your view.",
                "Managers gather and interpret the data for their teams without you.",
                "You changed your view when the data did.",
              ],
              examples: [
                "A hiring plan that changed the mix of roles because of your data.",
                "The point where your data contradicted a vendor's claim, and what you did with it.",
              ],
            },
            5: {
              summary: "Other functions measure AI's effect your way, and you revise the view openly, even against your earlier position.",
              text: "Decisions across the company about AI and work, in engineering and beyond, are made on evidence because of the practice you built: other functions measure AI's effect on their own work your way, and you revise the organisation's view openly as new data arrives, including when it contradicts your earlier position.",
              signals: [
                "Another function measures AI's effect on its work with your method.",
                "You publicly revised an earlier position because of new data.",
              ],
              examples: [
                "Your revised view, with the data that changed it and how you told people.",
              ],
            },
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
          resourceNote: "No book on the source's list is about AI ethics: Thinking in Systems helps you see the costs no single decision chooses, and the Engineering Leadership Executive Programme's cohort lets you test a position with peers. The position itself has to be argued from your organisation's values and the people it affects.",
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
            1: {
              summary: "You have no position on the ethics of AI in engineering beyond your own use of tools.",
              text: "You have not yet considered AI ethics beyond your own use of tools. You could not state a position on intellectual property risks, bias in AI-assisted hiring, environmental cost or labour market implications, and none has been shared with engineers.",
              signals: [
                "You could not say what your teams should do about an AI ethics question the law does not settle.",
                "Engineers have not heard a position from you.",
              ],
              examples: [
                "The last AI ethics question raised in your team, and that it went unanswered.",
              ],
            },
            2: {
              summary: "You have decided one or two AI ethics questions for your team where the law is silent, and explained why.",
              text: "You have worked through one or two ethical questions for your own team where the law is silent, such as whether to use AI-generated code whose origin is unclear or an AI screening tool in hiring, made a decision and explained it to the team, but other areas, such as environmental cost, are not covered.",
              signals: [
                "You made a decision on an AI ethics question no law settled for you.",
                "You explained the decision and its reasons to the team.",
                "Other questions, such as environmental cost or effects on jobs, are open.",
              ],
              examples: [
                "The decision you took on an AI screening tool in your hiring, and how you explained it.",
              ],
            },
            3: {
              summary: "You have a position for several teams on the AI ethics questions the law leaves open, shaped with people who disagree.",
              text: "You have developed a position for several teams on the questions the law leaves open: intellectual property risks, bias in AI-assisted hiring tools, environmental cost and the labour market implications of AI adoption, with input from legal and people teams and from engineers who disagree. Teams use it in their decisions, but it is not yet the organisation's position.",
              signals: [
                "Your position covers intellectual property, hiring bias, environmental cost and effects on jobs.",
                "Engineers who disagreed were heard and the position shows it.",
                "A team decision cites the position.",
              ],
              examples: [
                "A team decision, such as declining a tool, that cites your position.",
              ],
            },
            4: {
              summary: "You own the organisation's AI ethics position; engineers can explain it, apply it without you and raise what it misses.",
              text: "The engineering organisation has a position on AI ethics that you developed and own, covering intellectual property, bias in AI-assisted hiring, environmental cost and labour market implications where the law is silent, and you have communicated it clearly to the whole engineering community. Engineers can explain it and apply it to decisions without you, and raise cases it does not yet cover.",
              signals: [
                "Engineers can explain the position and why it was taken.",
                "Teams apply it in decisions without asking you.",
                "Engineers brought you a case the position did not cover, and you extended it.",
                "You communicated it in writing and in person to the whole engineering community.",
              ],
              examples: [
                "A decision a team made by applying the position without you.",
                "A case an engineer raised that led you to extend the position.",
              ],
            },
            5: {
              summary: "Your AI ethics position shapes company decisions beyond engineering and has held in a costly case.",
              text: "Your AI ethics position shapes company decisions beyond engineering, such as procurement or people policy, and it has been tested by a hard case, for example turning down a profitable use of AI, and held. You lead open discussion of its trade-offs inside the company and revise it as evidence and norms change.",
              signals: [
                "A procurement or people policy decision follows your position.",
                "The position held in a case where it cost the business something.",
                "You revised it openly when norms or evidence changed.",
              ],
              examples: [
                "A profitable AI use the company declined because of the position.",
              ],
            },
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
            1: {
              summary: "You have not evaluated an AI tooling investment; spending follows whoever asks first.",
              text: "You have not yet evaluated an AI tooling investment. Spending on AI tools is decided by others, or follows whichever team asks first, and there is no evidence framework or recommendation of yours you could point to.",
              signals: [
                "You cannot point to an AI tooling decision you evaluated.",
                "Your teams' AI spending was decided without measures.",
              ],
              examples: [
                "The last AI tool purchase in your area, and that nobody defined what it should achieve.",
              ],
            },
            2: {
              summary: "You have evaluated a small AI tooling purchase for your team, with measures agreed up front.",
              text: "You have assessed a small AI tooling purchase for your own team, for example a trial of a coding assistant with a few measures agreed upfront, and made a recommendation, but the evidence was informal and the decision stayed at team level.",
              signals: [
                "You agreed measures before a trial started.",
                "You made a recommendation from what you found.",
                "The decision stayed within your team.",
              ],
              examples: [
                "Your trial plan for a coding assistant and the recommendation that followed.",
              ],
            },
            3: {
              summary: "You have built the evidence for an AI tooling investment across several teams and made the recommendation.",
              text: "You have built an evidence framework for an AI tooling investment across several teams, defining costs, benefits and measures before a pilot, gathered the data and made a recommendation. Finance or product partners were involved, but the case was not at organisation scale or decided by executives.",
              signals: [
                "Costs, benefits and measures were defined before the pilot.",
                "Finance or product partners took part.",
                "The decision was made below executive level.",
              ],
              examples: [
                "The pilot's measures, its data and your recommendation to finance.",
              ],
            },
            4: {
              summary: "You made an organisation-level AI investment recommendation leadership acted on, checked the benefits, and managers now build cases your way.",
              text: "You have evaluated a significant AI tooling investment at organisation level: you built the evidence framework, gathered the data on costs, risks and your own productivity measures, and made a clear recommendation that engineering and business leadership acted on. Afterwards you tracked whether the expected benefits arrived, and your managers now build cases for smaller investments the same way without you.",
              signals: [
                "Leadership made an organisation-level decision on your recommendation.",
                "You reported afterwards on whether the benefits arrived.",
                "Managers build smaller cases with the same method without you.",
              ],
              examples: [
                "The recommendation, the decision and your follow-up report on the benefits.",
                "A manager's case for a smaller tool, built with your method.",
              ],
            },
            5: {
              summary: "Your method is used across the business, and you have stopped AI investments the evidence did not support.",
              text: "Your evaluation method is used for technology investments across the business, and you have recommended against or stopped AI investments when the evidence did not support them, with leadership accepting the recommendation. Executives treat your AI recommendations as ready to decide on.",
              signals: [
                "Another part of the business evaluates investments with your method.",
                "You recommended against or stopped an AI investment, and leadership agreed.",
                "Executives decide on your recommendations without asking for more work.",
              ],
              examples: [
                "An AI investment you stopped, with the evidence and the saving.",
              ],
            },
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
            1: {
              summary: "You have not talked honestly with your team about AI, or only promoted or dismissed it.",
              text: "You have not yet talked with your own team about how AI affects their work, or what you say is either enthusiastic promotion or dismissal. Your managers have no guidance or support for having these conversations with their teams.",
              signals: [
                "Your team has not discussed what AI means for their work with you.",
                "What you have said was cheerleading or dismissal.",
              ],
              examples: [
                "Your last all-hands remark on AI: enthusiasm with no limits mentioned.",
              ],
            },
            2: {
              summary: "You talk openly with your own team about AI's benefits and limits, and invite concerns.",
              text: "You discuss AI openly with your own team, covering both benefits and limits and inviting concerns about skills and jobs, but you have not yet helped other managers prepare for these conversations or modelled critical evaluation beyond your team.",
              signals: [
                "Your team has discussed AI's limits as well as its benefits with you.",
                "Someone raised a concern about their skills or job and you answered it honestly.",
                "Other managers have not had your help.",
              ],
              examples: [
                "A team session where you went through a tool's failures as well as its gains.",
              ],
            },
            3: {
              summary: "You equip several managers to talk honestly about AI with their teams, though practice varies.",
              text: "You equip several managers for honest AI conversations, for example sharing your own balanced evaluation of a tool, giving them material on common concerns, and discussing how their conversations went in 1:1s. Some teams talk about AI openly, but practice varies by manager.",
              signals: [
                "You shared your own critical evaluation of a tool with your managers.",
                "Managers have material for the common concerns.",
                "You discuss their conversations with them in 1:1s.",
              ],
              examples: [
                "The evaluation of a tool you shared with managers, limits included.",
              ],
            },
            4: {
              summary: "Managers across the organisation hold honest AI conversations without you, and engineers say they can raise concerns.",
              text: "Managers across the organisation hold honest, nuanced conversations with their teams about AI without you in the room, because you create the conditions: you model critical evaluation in all-hands and leadership forums, avoid cheerleading or fear, give managers material and time, and check through surveys or skip-levels that engineers feel able to raise concerns.",
              signals: [
                "Every manager has held these conversations with their team, without you present.",
                "You evaluated AI critically in an all-hands or leadership forum, limits included.",
                "Surveys or skip-levels show engineers feel able to raise concerns about AI.",
              ],
              examples: [
                "Survey results on whether engineers can raise concerns about AI, and what you did about them.",
                "A skip-level where engineers described their manager's conversation about AI.",
              ],
            },
            5: {
              summary: "Engineers trust leadership on AI, and honest conversation holds even through role changes caused by AI.",
              text: "Engineers cite honest talk about AI as a reason they trust leadership, and it holds through difficult news, such as a role being changed or removed because of AI: managers deliver that news plainly, with the evaluation behind it, and engineers raise concerns openly rather than through rumour.",
              signals: [
                "Engineers name honest talk about AI as a reason they trust leadership.",
                "A role change caused by AI was explained openly, with the evaluation behind it.",
                "Concerns come to managers directly rather than through rumour.",
              ],
              examples: [
                "How a role change caused by AI was communicated, and the team's response.",
              ],
            },
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
          resourceNote: "No book on the source's list is about AI regulation: Thinking in Systems helps with preparing for change in general, and the Engineering Leadership Executive Programme's cohort with comparing interpretations. For the obligations themselves, work from your legal or compliance partners' reading of the rules that apply to you, not from a book.",
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
            1: {
              summary: "You do not know which laws, standards or liabilities apply to your teams' use of AI.",
              text: "You have not yet looked at the external obligations that apply to your teams' use of AI: regulation, industry standards, contracts or liability. You could not say which rules affect AI-generated code, AI in hiring or AI-assisted decisions in your organisation.",
              signals: [
                "You could not name a regulation or standard that applies to your teams' use of AI.",
                "Nobody in legal has talked with you about AI.",
              ],
              examples: [
                "Your teams' AI use, with no record of which obligations apply.",
              ],
            },
            2: {
              summary: "You know the main external obligations on your team's AI use and have changed a practice to meet one.",
              text: "You know the main external obligations that apply to your own team's use of AI, such as licence terms for AI-generated code or a regulation covering an AI tool in hiring, and have changed one practice to meet them, but you rely on others to interpret liability and do not follow changes.",
              signals: [
                "You can name the obligations that apply to your team's AI use.",
                "One of your team's practices changed to meet an obligation.",
                "You rely on legal to tell you about changes.",
              ],
              examples: [
                "A practice you changed to meet a licence or regulation, and the obligation behind it.",
              ],
            },
            3: {
              summary: "With legal you track AI obligations across several teams and have turned some into practices.",
              text: "With legal or compliance partners you track the regulation, standards and liability that apply to AI across several teams, and have turned specific obligations into practices, for example provenance checks on AI-generated code or human review of AI-assisted hiring decisions. Coverage of AI-assisted decision-making and organisational liability is still partial.",
              signals: [
                "You meet legal or compliance regularly about AI obligations.",
                "Several teams follow practices that come from a specific obligation.",
                "Some uses of AI, such as AI-assisted decisions, are not yet mapped.",
              ],
              examples: [
                "Provenance checks on AI-generated code, with the obligation they meet.",
              ],
            },
            4: {
              summary: "You keep the organisation's view of AI obligations current with legal, brief executives, and teams meet the obligations without you.",
              text: "You treat AI regulation as a governance responsibility of engineering: with legal, you keep a current view of regulation, industry standards and organisational liability for AI-generated code, AI in hiring and AI-assisted decision-making, brief executive leadership on changes, and teams meet the obligations in practice, and flag new uses of AI for review, without you checking.",
              signals: [
                "There is a current map of obligations for each use of AI, kept with legal.",
                "You briefed executive leadership on a change in regulation and what it means.",
                "Teams flag new uses of AI for review without being asked.",
                "An audit or customer review found the obligations met.",
              ],
              examples: [
                "Your briefing to executives on a regulation change, and the decisions it led to.",
                "A customer or audit review of AI obligations that passed.",
              ],
            },
            5: {
              summary: "The organisation meets new AI obligations before they take effect, through one legal and engineering process that runs without you.",
              text: "The organisation is ready for changes in AI regulation before they take effect: new obligations are identified, practices changed and evidence of compliance ready ahead of the deadline, without a scramble, and legal and engineering work on AI obligations as one process that runs without you.",
              signals: [
                "The last regulatory change was met before its deadline, with evidence ready.",
                "Legal and engineering run one process for AI obligations.",
                "That process ran through a change without you.",
              ],
              examples: [
                "The timeline of a regulation change, from publication to compliance, with the evidence.",
              ],
            },
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
          level: 4,
          part: "Chapter 2, Organizations: succession planning",
        },
        {
          itemKey: 'technical-strategy',
          how: "Its approach to writing engineering strategies and visions, grounded in concrete decisions and the organisation's real constraints, gives you a practical format for turning many people's input into a sequence of decisions.",
          level: 3,
          part: "Chapter 3, Tools: strategies and visions",
        },
        {
          itemKey: 'operating-model',
          how: 'Its guidance on sizing teams, when to split or merge them and how to run a reorganisation gives you concrete rules of thumb for structuring many teams so that work can flow.',
          level: 3,
          part: "Chapter 2, Organizations: sizing teams and running a reorganisation",
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
          level: 3,
          part: "Chapter 7, Managing Managers",
        },
        {
          itemKey: 'executive-stakeholders',
          how: 'Its VP and CTO chapters describe what the business expects of a senior engineering leader, including setting technical priorities with executive peers and being accountable for engineering as a whole.',
          level: 3,
          part: "Chapter 8, The Big Leagues",
        },
        {
          itemKey: 'engineering-culture',
          how: 'Its chapter on bootstrapping culture explains how a senior leader creates and changes culture deliberately, including how your own behaviour sets norms and when to add structure.',
          level: 3,
          part: "Chapter 9, Bootstrapping Culture",
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
          level: 4,
          part: "Chapter 2, Measuring Performance",
        },
        {
          itemKey: 'executive-stakeholders',
          how: 'Its research linking software delivery performance to organisational performance gives you evidence rather than assertion when arguing for engineering investment with finance and executive leadership.',
          level: 4,
          part: "Chapter 2, Measuring Performance",
        },
        {
          itemKey: 'ai-productivity-evidence',
          how: 'Its case for measuring outcomes such as the four key metrics rather than output or utilisation helps you judge the effect of AI tooling from your own data instead of vendor claims.',
          level: 3,
          part: "Chapter 2, Measuring Performance",
        },
        {
          itemKey: 'ai-investment-case',
          how: 'Its evidence-based method, defining outcome measures and linking them to organisational performance, gives you a model for the evidence framework behind a recommendation on AI tooling investment.',
          level: 3,
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
          level: 3,
          part: "Part II, Team Topologies That Work for Flow; Part III, Evolving Team Interactions",
        },
        {
          itemKey: 'technical-strategy',
          how: "Its use of Conway's law, shaping team boundaries to match the architecture you want, helps you treat organisation design and technical direction as one connected set of decisions.",
          level: 3,
          part: "Chapter 2, Conway's Law Matters",
        },
        {
          itemKey: 'ai-adoption-strategy',
          how: 'Its enabling team type and facilitating interaction mode describe how to help teams adopt new tools and practices, a workable pattern for rolling out AI tooling under consistent standards.',
          level: 3,
          part: "Chapter 7, Team Interaction Modes: facilitating",
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
          level: 4,
          part: "Demoting a Loyal Friend; Firing Executives",
        },
        {
          itemKey: 'engineering-culture',
          how: 'Its accounts of layoffs and of wartime versus peacetime leadership help you decide which behaviours to protect, and which to challenge, when the organisation is under pressure.',
          level: 4,
          part: "How to Lay People Off the Right Way; Peacetime CEO/Wartime CEO",
        },
        {
          itemKey: 'ai-team-conversations',
          how: 'Its insistence that leaders share bad news openly, and that a healthy culture lets bad news travel, supports modelling honest conversations about what AI means for roles and skills.',
          level: 4,
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
          level: 4,
          part: "Part One, System Structure and Behavior",
        },
        {
          itemKey: 'engineering-culture',
          how: 'Its leverage points, such as changing rules, information flows and goals, explain why what you reward and tolerate shapes behaviour more than stated values, and where intervening will actually shift culture.',
          level: 4,
          part: "Chapter 6, Leverage Points: Places to Intervene in a System",
        },
        {
          itemKey: 'ai-productivity-evidence',
          how: 'Its attention to delays and second-order effects helps you look past short-term output gains from AI tooling to slower effects on skill development, review load and hiring needs.',
          level: 4,
          part: "Chapter 4, Why Systems Surprise Us",
        },
        {
          itemKey: 'ai-ethics-position',
          how: "Its treatment of bounded rationality and of the commons shows how an adoption each team judges sensible can add up to costs nobody chose, such as the environmental cost or the labour market effects of AI, which is where a position has to be taken because no rule makes it for you.",
          level: 3,
          part: "Chapter 4, Why Systems Surprise Us; Chapter 5, System Traps and Opportunities",
        },
        {
          itemKey: 'ai-regulation-awareness',
          how: "Its account of delays between a change and its effects helps you treat regulation as something to prepare for before it takes effect, building the legal and engineering loop that notices and acts early rather than reacting at the deadline.",
          level: 5,
          part: "Chapter 4, Why Systems Surprise Us",
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
          level: 4,
        },
        {
          itemKey: 'ai-regulation-awareness',
          how: 'Its peer cohort gives you a standing group of engineering leaders from complex organisations with whom to compare how each is interpreting AI regulation, standards and liability.',
          level: 4,
        },
        {
          itemKey: 'ai-ethics-position',
          how: 'Discussing AI ethics with a cohort of engineering leaders from complex organisations lets you test your position on intellectual property, hiring bias and labour market implications before committing to it.',
          level: 4,
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
          level: 3,
        },
        {
          itemKey: 'managing-managers',
          how: 'Organisation design decides spans of control and where management layers sit, so studying it helps you build structures in which your managers can do their job well.',
          level: 3,
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
          level: 3,
        },
        {
          itemKey: 'ai-adoption-strategy',
          how: 'It prepares you to present the AI adoption strategy to executive leadership, framing governance, quality and data handling choices as business risks and benefits they can weigh.',
          level: 4,
        },
        {
          itemKey: 'ai-investment-case',
          how: 'It helps you turn the evidence gathered on an AI tooling investment into a clear recommendation that engineering and business leadership can act on, rather than a presentation of data.',
          level: 4,
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
          level: 4,
        },
        {
          itemKey: 'ai-investment-case',
          how: 'Setting objectives and key results for an AI tooling investment before it starts gives the business case outcomes to track, so leadership can see whether the expected benefits arrived.',
          level: 4,
        },
        {
          itemKey: 'operating-model',
          how: 'Tracking execution at scale through OKRs gives you a regular cadence for reviewing progress across many teams, adding outcome measures alongside delivery health measures.',
          level: 4,
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
        summary:
          'An experienced Engineering Manager leads one team, or a small group through its leads, well: they coach, decide within their area and represent it upwards, and have begun the organisation-wide work this framework describes without yet owning it. The levels below are what such a manager typically shows; the gap between them and the Head of Engineering archetype is the journey this framework maps.',
        levels: {
          'managing-managers': 2,
          'technical-strategy': 2,
          'engineering-culture': 2,
          'executive-stakeholders': 2,
          'operating-model': 2,
          'ai-adoption-strategy': 2,
          'ai-productivity-evidence': 2,
          'ai-ethics-position': 1,
          'ai-investment-case': 2,
          'ai-team-conversations': 2,
          'ai-regulation-awareness': 1,
        },
      },
      {
        key: 'head-of-engineering',
        name: 'Head of Engineering Archetype',
        href: '/archetypes/head-of-engineering',
        summary:
          'A Head of Engineering effective in the role leads an engineering organisation through its managers: the conditions they create let teams and managers run without them, and the business treats them as the voice of engineering. The levels below are the framework\'s in-role targets.',
        levels: 'in-role',
      },
    ],
  },
};
