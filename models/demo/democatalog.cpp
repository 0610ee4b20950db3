// Invented data for the fictional demo city of Riverton: every department, person, figure and target here is made up.
#include "democatalog.h"

namespace civicstat::demo {

// Riverton: population about 450,000; fiscal year runs July to June.

const std::vector<DepartmentSpec> &departments()
{
    static const std::vector<DepartmentSpec> list = {
        {"PD", "Police Department", "Renata Okafor-Hale"},
        {"FD", "Fire and EMS Department", "Daniel Whitcombe"},
        {"ECC", "Emergency Communications Center (911)", "Priya Venkataraman"},
        {"PW", "Public Works Department", "Tomasz Brennan"},
        {"DOT", "Department of Transportation", "Lucille Arbogast"},
        {"DSD", "Development Services Department", "Kenji Halvorsen"},
        {"PRD", "Parks and Recreation Department", "Simone Achterberg"},
        {"LIB", "Riverton Public Library", "Adaeze Fairbanks"},
        {"HCD", "Housing and Community Development", "Mateo Quintanilla"},
        {"FIN", "Finance Department", "Harriet Lindqvist"},
        {"PH", "Public Health Department", "Dr. Samuel Oduya"},
        {"CSC", "311 Customer Service Center", "Bethany Marchetti"},
        {"WTR", "Riverton Water", "Oscar Villeneuve"},
        {"HR", "Human Resources Department", "Yolanda Pruitt"},
        {"IT", "Information Technology Department", "Declan Sorensen"},
    };
    return list;
}

const std::vector<GoalSpec> &goals()
{
    static const std::vector<GoalSpec> list = {
        {"G1", "Safe neighbourhoods",
         "Residents are safe and feel safe at home, on the street and in public places, and get fast help in an "
         "emergency.",
         "Deputy Mayor for Public Safety Evelyn Castellano"},
        {"G2", "Thriving economy",
         "Businesses can start, grow and hire in Riverton, and residents have the skills to share in that growth.",
         "Deputy Mayor for Economic Development Curtis Vandermeer"},
        {"G3", "Reliable infrastructure and mobility",
         "Streets, water pipes and public assets are kept in good repair so people and goods move safely and "
         "reliably.",
         "Deputy City Manager for Infrastructure Noreen Pike"},
        {"G4", "Healthy, green city",
         "Residents live long, healthy lives in clean neighbourhoods with parks, trees and safe drinking water.",
         "Deputy Mayor for Health and Environment Farah Lindgren"},
        {"G5", "Housing and opportunity",
         "Every resident has a safe, affordable home and a fair chance to learn, work and get ahead.",
         "Deputy Mayor for Housing and Neighbourhoods Jerome Banks-Castillo"},
        {"G6", "Well-run, responsive government",
         "The city spends public money carefully, answers residents quickly and keeps a skilled, diverse "
         "workforce.",
         "City Manager Margaret Oyelaran"},
    };
    return list;
}

const std::vector<ObjectiveSpec> &objectives()
{
    static const std::vector<ObjectiveSpec> list = {
        // G1 Safe neighbourhoods
        {"G1.1", "G1", "ECC", "Fast emergency call answering", "Answer 90% of 911 calls within 10 seconds",
         "Grace Tolliver, 911 Operations Manager"},
        {"G1.2", "G1", "FD", "Rapid fire and medical response",
         "Arrive at 90% of fire and medical emergencies within 8 minutes",
         "Aaron Kowalczyk, Deputy Fire Chief for Operations"},
        {"G1.3", "G1", "PD", "Less violent crime", "Reduce Part I violent crime by 10% by June 2027",
         "Nadia Broussard, Assistant Police Chief for Field Operations"},
        {"G1.4", "G1", "PD", "Trusted, accountable policing",
         "Reach priority 1 calls within 7 minutes and raise resident trust in police to 70%",
         "Helena Sward, Deputy Police Chief for Professional Standards"},
        {"G1.5", "G1", "FD", "Fire prevention", "Inspect 95% of high-risk buildings every year",
         "Colette Amundsen, Fire Marshal"},
        // G2 Thriving economy
        {"G2.1", "G2", "DSD", "Fast permitting", "Decide building permits within 10 business days",
         "Ingrid Castellanos, Permit Center Manager"},
        {"G2.2", "G2", "DSD", "Timely building inspections", "Complete 95% of building inspections on the day requested",
         "Roland Teixeira, Chief Building Inspector"},
        {"G2.3", "G2", "HCD", "Small business growth", "Help 400 small businesses a year start or grow",
         "Desmond Pryor, Small Business Program Manager"},
        {"G2.4", "G2", "LIB", "Job and digital skills",
         "Enroll 6,000 residents a year in library job-skills and digital-skills classes",
         "Marisol Eckhart, Adult Learning Manager"},
        {"G2.5", "G2", "FIN", "Local business contracting",
         "Award 25% of city contract spending to local and small businesses",
         "Vernon Castellucci, Procurement Manager"},
        // G3 Reliable infrastructure and mobility
        {"G3.1", "G3", "PW", "Smooth streets", "Repair 85% of reported potholes within 3 days",
         "Gustavo Lindahl, Street Maintenance Superintendent"},
        {"G3.2", "G3", "DOT", "Safe streets for everyone",
         "Cut traffic deaths and serious injuries by 30% by 2030",
         "Yvette Marchand, Vision Zero Program Manager"},
        {"G3.3", "G3", "DOT", "Working signals, lights and sidewalks",
         "Repair traffic signal outages within 4 hours",
         "Benedict Okonjo, Traffic Operations Engineer"},
        {"G3.4", "G3", "WTR", "Reliable water service",
         "Keep water main breaks under 25 a month and restore service within 8 hours",
         "Ramona Tillman, Water Distribution Superintendent"},
        {"G3.5", "G3", "PW", "Dependable trash and recycling collection",
         "Collect trash and recycling on the scheduled day with fewer than 8 misses per 10,000 pickups",
         "Harold Fenwick, Solid Waste Superintendent"},
        // G4 Healthy, green city
        {"G4.1", "G4", "PRD", "Active parks and a growing urban forest",
         "Welcome 2 million park and recreation visits a year and plant 5,000 trees",
         "Celeste Varga, Recreation Services Manager"},
        {"G4.2", "G4", "PH", "Healthy children", "Fully vaccinate 95% of two-year-olds",
         "Dr. Leona Abernathy, Maternal and Child Health Director"},
        {"G4.3", "G4", "PH", "Fewer preventable deaths", "Reduce overdose deaths by 20% by June 2027",
         "Dr. Thaddeus Greer, Epidemiology and Prevention Director"},
        {"G4.4", "G4", "PW", "Less waste, cleaner city", "Divert 40% of household waste from landfill",
         "Ingeborg Salas, Sustainability and Recycling Manager"},
        {"G4.5", "G4", "WTR", "Safe drinking water and clean rivers",
         "Meet every drinking water standard and cut sewer overflows to 4 a month",
         "Dr. Anika Rasmussen, Water Quality Manager"},
        // G5 Housing and opportunity
        {"G5.1", "G5", "HCD", "More affordable homes", "Add 600 affordable homes a year",
         "Lorraine Fitzgibbon, Housing Development Manager"},
        {"G5.2", "G5", "HCD", "Prevent and end homelessness",
         "Keep 85% of households that receive rent help housed for a year",
         "Terrence Ababio, Homeless Services Manager"},
        {"G5.3", "G5", "DSD", "Safe, healthy rental housing",
         "Resolve 80% of housing code complaints within 60 days",
         "Patrice Whitlow, Code Enforcement Manager"},
        {"G5.4", "G5", "HR", "Summer jobs for young people",
         "Place 1,500 young people in paid summer jobs each year",
         "Quentin Asante, Youth Employment Program Manager"},
        {"G5.5", "G5", "LIB", "Early literacy", "Enroll 12,000 children in summer reading every year",
         "Juniper Okwuosa, Youth Services Manager"},
        // G6 Well-run, responsive government
        {"G6.1", "G6", "CSC", "Responsive 311", "Answer 80% of 311 calls within 60 seconds",
         "Miriam Holloway, 311 Contact Center Manager"},
        {"G6.2", "G6", "CSC", "Service requests closed on time",
         "Close 85% of 311 service requests within their service-level target",
         "Victor Nakagawa, 311 Service Quality Lead"},
        {"G6.3", "G6", "FIN", "Sound finances", "Keep spending within 2% of the adopted budget",
         "Abigail Thornquist, Budget Director"},
        {"G6.4", "G6", "HR", "Skilled, diverse workforce", "Fill vacant positions within 60 days of posting",
         "Beatrix Olmstead, Talent Acquisition Manager"},
        {"G6.5", "G6", "IT", "Secure, reliable technology",
         "Keep unplanned downtime of core city systems under 4 hours a month",
         "Ravi Thorvaldsen, Infrastructure and Operations Manager"},
    };
    return list;
}

// The measures live with their goals, two goals to a file (demomeasures*.cpp);
// here they are put together in goal order, the order the generator relies on.
const std::vector<MeasureSpec> &measures()
{
    static const std::vector<MeasureSpec> list = [] {
        std::vector<MeasureSpec> all;
        for (const auto *part : {&safetyAndEconomyMeasures(), &infrastructureAndGreenMeasures(), &housingAndGovernmentMeasures()})
            all.insert(all.end(), part->begin(), part->end());
        return all;
    }();
    return list;
}

} // namespace civicstat::demo
