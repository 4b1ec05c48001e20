import { mainModule } from '../app/module';
import {
  cancelRevisit,
  createFile,
  endUnit,
  fileByPhone,
  forgetFile,
  getRevisit,
  linkUnit,
  listFiles,
  listGrades,
  listRevisits,
  listRules,
  logRevisitCall,
  mergeFiles,
  openFile,
  planDue,
  planRevisit,
  revisitAttention,
  saveGrade,
  saveRule,
  updateFile,
} from '../services/customers';
import { exportPersonData } from '../services/customers/access';
import { customersSection } from '../services/customers/handover-section';
import { customersReport } from '../services/customers/report-section';
import { answerSurvey, getSurveyResponse, surveysOfSource } from '../services/customers/survey-answers';
import { listSurveyForms, saveSurveyForm } from '../services/customers/survey-forms';
import { customersSync } from '../services/customers/sync';

export const customersMain = mainModule('customers', {
  handlers: {
    'customers:grades': (input, { ctx }) => listGrades(ctx, input.includeInactive),
    'customers:saveGrade': (input, { ctx, actor }) => saveGrade(ctx, actor(), input),
    'customers:create': (input, { ctx, actor }) => createFile(ctx, actor(), input),
    'customers:update': (input, { ctx, actor }) => updateFile(ctx, actor(), input),
    'customers:get': (input, { ctx, actor }) => openFile(ctx, actor(), input.id),
    'customers:byPhone': (input, { ctx }) => fileByPhone(ctx, input.phone),
    'customers:list': (input, { ctx }) => listFiles(ctx, input),
    'customers:merge': (input, { ctx, actor }) => mergeFiles(ctx, actor(), input),
    'customers:forget': (input, { ctx, actor }) => forgetFile(ctx, actor(), input),
    'customers:linkUnit': (input, { ctx, actor }) => linkUnit(ctx, actor(), input),
    'customers:endUnit': (input, { ctx, actor }) => endUnit(ctx, actor(), input),
    'customers:exportPerson': (input, { ctx, actor }) => exportPersonData(ctx, actor(), input.id),
    'customers:rules': (_input, { ctx }) => listRules(ctx),
    'customers:saveRule': (input, { ctx, actor }) => saveRule(ctx, actor(), input),
    'customers:planDue': (_input, { ctx, actor }) => planDue(ctx, actor()),
    'customers:plan': (input, { ctx, actor }) => planRevisit(ctx, actor(), input),
    'customers:revisits': (input, { ctx }) => listRevisits(ctx, input),
    'customers:revisitCall': (input, { ctx, actor }) => logRevisitCall(ctx, actor(), input),
    'customers:cancelRevisit': (input, { ctx, actor }) => cancelRevisit(ctx, actor(), input),
    'customers:attention': (_input, { ctx }) => revisitAttention(ctx),
    'customers:surveyForms': (input, { ctx }) => listSurveyForms(ctx, input.includeInactive),
    'customers:saveSurveyForm': (input, { ctx, actor }) => saveSurveyForm(ctx, actor(), input),
    'customers:answerSurvey': (input, { ctx, actor }) => answerSurvey(ctx, actor(), input),
    'customers:survey': (input, { ctx }) => getSurveyResponse(ctx, input.id),
    'customers:revisit': (input, { ctx }) => getRevisit(ctx, input.id),
    'customers:surveysOf': (input, { ctx }) => surveysOfSource(ctx, input.sourceModule, input.sourceRef),
  },
  handover: customersSection,
  report: customersReport,
  // Files, their numbers and units, surveys and return visits from another counter; files are found by Ctrl+K here.
  sync: customersSync,
});
